package dev.dossier.testkit.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * The classes the class files of a jar refer to: supertypes, field and method types, the
 * classes their code calls, read from the byte code with ASM (nothing is loaded or run).
 */
final class ClassReferences {

    private ClassReferences() {
    }

    /**
     * @return each referenced class (binary name, {@code com.example.Foo}) mapped to the first class
     *         of the jar that refers to it, sorted by name; the jar's own classes included
     * @throws IOException when the jar cannot be read
     */
    static Map<String, String> of(Path jar) throws IOException {
        Map<String, String> referenced = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue;
                }
                String from = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.getInputStream(entry)) {
                    new ClassReader(in).accept(new ClassRemapper(new ClassWriter(0), new Remapper() {
                        @Override
                        public String map(String internalName) {
                            if (!internalName.startsWith("[")) {
                                referenced.putIfAbsent(internalName.replace('/', '.'), from);
                            }
                            return internalName;
                        }
                    }), 0);
                }
            }
        }
        return referenced;
    }
}
