/** Small text helpers shared by every stage: suggestions for mistyped names. */
package dev.dossier.core.text;
