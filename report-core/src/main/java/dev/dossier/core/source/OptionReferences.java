package dev.dossier.core.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in references in option values, so secrets stay out of templates: {@code ${env:NAME}}
 * is the environment variable {@code NAME}; {@code ${secret:NAME}} is the entry {@code NAME} of
 * the secrets file named by the environment variable {@value #SECRETS_FILE_VARIABLE}, a YAML map
 * of names to values that only its owner may read (mode {@code 0600}).
 *
 * <p>A reference may stand inside a longer value ({@code Bearer ${env:API_TOKEN}}). Any other
 * text, {@code ${API_TOKEN}} included, is taken literally. The secrets file is read only when a
 * value refers to it. Thread-safe.
 */
final class OptionReferences {

    /** The environment variable naming the secrets file. */
    static final String SECRETS_FILE_VARIABLE = "DOSSIER_SECRETS";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|secret):([A-Za-z_][A-Za-z0-9_.-]*)}");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Function<String, String> environment;

    /** @param environment looks up an environment variable; {@code null} when it is not set */
    OptionReferences(Function<String, String> environment) {
        this.environment = environment;
    }

    /** References resolved against this process's environment. */
    static OptionReferences ofProcess() {
        return new OptionReferences(System::getenv);
    }

    /** Whether the value holds a reference, i.e. does not spell its secret out. */
    static boolean isReference(String value) {
        return value != null && REFERENCE.matcher(value).find();
    }

    /**
     * The value with every reference replaced.
     *
     * @param where {@code source 'x' option 'y'}, for messages
     * @throws DossierException INPUT {@code DOS-SOURCE-OPTION} when a variable is not set, the
     *                          secrets file is missing, unreadable, readable by others or lacks the name
     */
    String resolve(String value, String where) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String found = m.group(1).equals("env") ? environment.apply(name) : secret(name, where);
            if (found == null) {
                throw DossierException.input(ErrorCode.SOURCE_OPTION, where + ": environment variable " + name
                        + " is not set (the option's value is " + m.group() + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(found));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String secret(String name, String where) {
        String file = environment.apply(SECRETS_FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            throw DossierException.input(ErrorCode.SOURCE_OPTION, where + ": ${secret:" + name + "} needs a secrets file; set "
                    + SECRETS_FILE_VARIABLE + " to a YAML file of NAME: value lines (mode 0600)");
        }
        Map<String, String> secrets = read(Path.of(file), where);
        String value = secrets.get(name);
        if (value == null) {
            throw DossierException.input(ErrorCode.SOURCE_OPTION, where + ": " + file + " has no entry '" + name + "'");
        }
        return value;
    }

    private static Map<String, String> read(Path file, String where) {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (mode.stream().anyMatch(OTHERS::contains)) {
                throw DossierException.input(ErrorCode.SOURCE_OPTION, where + ": " + file + " may be read by others ("
                        + java.nio.file.attribute.PosixFilePermissions.toString(mode) + "); run chmod 600 " + file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // no POSIX modes on this file system (Windows): the file's ACL is the user's to keep tight
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.SOURCE_OPTION, where + ": secrets file " + file + " cannot be read ("
                    + e.getMessage() + ")");
        }
        try {
            Map<String, String> values = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), new TypeReference<>() { });
            return values == null ? Map.of() : values;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            // never quote the file's content: it is secret
            throw DossierException.input(ErrorCode.SOURCE_OPTION, file + (at == null ? "" : ":" + at.getLineNr())
                    + ": not a YAML map of NAME: value lines");
        } catch (IOException e) {
            throw DossierException.input(ErrorCode.SOURCE_OPTION, where + ": secrets file " + file + " cannot be read ("
                    + e.getMessage() + ")");
        }
    }
}
