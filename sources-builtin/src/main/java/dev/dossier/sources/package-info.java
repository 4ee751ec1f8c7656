/**
 * The built-in data sources. Each sub-package holds one provider ({@code patents},
 * {@code companies}, {@code chips}, {@code funding}, {@code outlook}) built on
 * {@link dev.dossier.sources.CuratedProvider}, whose datasets ship as CSV resources under
 * {@code dev/dossier/sources/<provider>/} with a source on every row.
 */
package dev.dossier.sources;
