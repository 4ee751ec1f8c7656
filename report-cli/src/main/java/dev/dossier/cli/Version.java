package dev.dossier.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"dossier " + (v == null ? "development build" : v)};
    }
}
