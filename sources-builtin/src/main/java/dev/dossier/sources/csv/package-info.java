/**
 * The generic {@code csv} provider: a user's CSV file as one typed dataset, laid out by options.
 */
package dev.dossier.sources.csv;
