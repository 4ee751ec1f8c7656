/**
 * Editions: the {@link dev.dossier.core.edition.Snapshot} of the data an edition printed, its
 * JSON form ({@link dev.dossier.core.edition.SnapshotJson}), its datasets served again without a
 * source ({@link dev.dossier.core.edition.SnapshotDatasets}), and the comparison of two editions
 * ({@link dev.dossier.core.edition.EditionComparison}, {@link dev.dossier.core.edition.Changes},
 * {@link dev.dossier.core.edition.ChangesText}, {@link dev.dossier.core.edition.ChangesJson}).
 *
 * <p>Depends only on {@code report-api}, the error catalogue, value formatting and Jackson, so the
 * resolve stage and any front end can use it without a package cycle.
 */
package dev.dossier.core.edition;
