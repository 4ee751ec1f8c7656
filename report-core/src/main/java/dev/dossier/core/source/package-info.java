/**
 * Finding data-source providers and calling them safely.
 *
 * <p>{@link dev.dossier.core.source.ProviderRegistry} discovers the built-in providers and the
 * plugins of the plugins folders, each plugin in its own
 * {@link dev.dossier.core.source.PluginClassLoader}; {@link dev.dossier.core.source.OptionValidator}
 * checks a template's options before anything is fetched; {@link dev.dossier.core.source.SourceCalls}
 * opens a source and reads its datasets with a per-call timeout, checking every row against its
 * dataset's columns.
 *
 * <p>Error codes raised here: {@code DOS-PLUGIN-DIR}, {@code DOS-PLUGIN-DUPLICATE},
 * {@code DOS-SOURCE-OPTION}, {@code DOS-SOURCE-UNKNOWN-DATASET}, {@code DOS-SOURCE-INPUT} (exit 2);
 * {@code DOS-SOURCE-FAILED}, {@code DOS-SOURCE-TIMEOUT}, {@code DOS-SOURCE-BAD-ROW} (exit 1).
 */
package dev.dossier.core.source;
