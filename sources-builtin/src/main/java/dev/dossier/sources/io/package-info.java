/**
 * Reading typed tabular files (CSV, JSON) into {@link dev.dossier.api.Row}s that follow a
 * {@link dev.dossier.api.DatasetDescriptor}: {@link dev.dossier.sources.io.TableInput} names a
 * file or resource, {@link dev.dossier.sources.io.TableReader} streams its rows,
 * {@link dev.dossier.sources.io.TableDataset} wraps it as a dataset with its sources, and
 * {@link dev.dossier.sources.io.CellParser} reads figures such as {@code >5,300} or {@code ≈3.35 [E]}.
 * {@link dev.dossier.sources.io.TableSettings} adapt the reader to users' files (locale
 * {@link dev.dossier.sources.io.NumberSyntax}, CSV delimiter, JSON pointer, default source,
 * {@link dev.dossier.sources.io.ReadLimits}); {@link dev.dossier.sources.io.ColumnSpec} reads a
 * layout declared on one line.
 */
package dev.dossier.sources.io;
