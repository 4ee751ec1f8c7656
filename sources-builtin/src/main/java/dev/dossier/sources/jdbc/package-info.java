/**
 * The generic {@code jdbc} provider: the result of a SQL query as one typed dataset, streamed
 * from the result set. The H2 driver is bundled.
 */
package dev.dossier.sources.jdbc;
