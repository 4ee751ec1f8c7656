/** Small text helpers shared by every stage: suggestions for mistyped names, composed (NFC) text, right-to-left order. */
package dev.dossier.core.text;
