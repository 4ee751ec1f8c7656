/**
 * The built-in data sources. Each sub-package holds one provider ({@code patents},
 * {@code companies}, {@code chips}, {@code funding}, {@code outlook}) built on
 * {@link dev.dossier.sources.CuratedProvider}, whose datasets ship as CSV resources under
 * {@code dev/dossier/sources/<provider>/} with a source on every row.
 *
 * <p>The generic providers {@code csv}, {@code json} and {@code jdbc} (built on
 * {@link dev.dossier.sources.GenericProvider}) read the user's own data as one dataset whose
 * name and columns the user declares in options.
 */
package dev.dossier.sources;
