/**
 * The Dossier plugin SPI: what a data-source plugin implements and the data model it returns.
 *
 * <p>A plugin implements {@link dev.dossier.api.DataSourceProvider}, registers it in
 * {@code META-INF/services/dev.dossier.api.DataSourceProvider}, and returns
 * {@link dev.dossier.api.Dataset}s whose rows follow typed {@link dev.dossier.api.Column}s and
 * carry {@link dev.dossier.api.Provenance}. This package depends on the JDK only.
 */
package dev.dossier.api;
