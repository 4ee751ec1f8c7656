package dev.dossier.bench;

import dev.dossier.core.GenerateRequest;
import dev.dossier.core.ReportEngine;

/** The benchmark table through Dossier: the fixture's template and CSV, one shared engine, one output file. */
final class DossierTable implements AutoCloseable {

    private final TableFixture fixture;
    private final ReportEngine engine;

    DossierTable(int rows) {
        this.fixture = TableFixture.create(rows);
        this.engine = Engines.standard();
    }

    TableFixture fixture() {
        return fixture;
    }

    void render() {
        engine.generate(GenerateRequest.builder(fixture.template(), fixture.output("dossier.pdf")).build());
    }

    @Override
    public void close() {
        fixture.close();
    }
}
