/**
 * Errors of a report run: {@link dev.dossier.core.error.DossierException} and the catalogue of its
 * codes, {@link dev.dossier.core.error.ErrorCode}. Depends on nothing else in Dossier, so every
 * stage can raise them without depending on another.
 */
package dev.dossier.core.error;
