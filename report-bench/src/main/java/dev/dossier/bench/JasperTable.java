package dev.dossier.bench;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRCsvDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

/**
 * The peer: the benchmark table filled and exported by JasperReports 7 from {@code bench/table.jrxml},
 * reading the same CSV file. The design is compiled once, as a server would keep it compiled;
 * each render fills and exports to PDF.
 */
public final class JasperTable {

    private final JasperReport report;

    public JasperTable() {
        try (InputStream jrxml = JasperTable.class.getResourceAsStream("/bench/table.jrxml")) {
            this.report = JasperCompileManager.compileReport(jrxml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }

    public void render(Path csv, Path out) {
        try (InputStream in = Files.newInputStream(csv); OutputStream os = Files.newOutputStream(out)) {
            JRCsvDataSource rows = new JRCsvDataSource(in, "UTF-8");
            rows.setUseFirstRowAsHeader(true);
            JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(), rows);
            JasperExportManager.exportReportToPdfStream(print, os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }
}
