package dev.dossier.cli.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells when watched files are saved, with the JDK's {@link WatchService}: the folders holding
 * them are watched, and events for other files in those folders are ignored. A burst of events
 * (an editor writes a temporary file, renames it, touches it again) is reported once, after
 * {@code quiet} passes without another.
 *
 * <p>A watched folder counts as changed when any file in it changes. The watch list may be
 * replaced at any time ({@link #watch}); {@link #close()} stops the watching thread.
 */
final class SaveWatcher implements AutoCloseable {

    private final WatchService service;
    private final Duration quiet;
    private final Consumer<Set<Path>> onSave;
    private final Map<Path, WatchKey> folders = new HashMap<>();
    private volatile Set<Path> targets = Set.of();
    private final Thread thread;

    /** @param onSave told, on the watching thread, of the files saved in one burst (watched ones, or ones in a watched folder) */
    SaveWatcher(Duration quiet, Consumer<Set<Path>> onSave) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.onSave = onSave;
        this.thread = new Thread(this::loop, "dossier-preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches exactly {@code files} (files or folders, absolute) from now on. */
    synchronized void watch(Set<Path> files) throws IOException {
        Set<Path> wanted = new LinkedHashSet<>();
        for (Path f : files) {
            wanted.add(Files.isDirectory(f) ? f : f.getParent());
        }
        for (Path folder : wanted) {
            if (!folders.containsKey(folder) && Files.isDirectory(folder)) {
                folders.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
            }
        }
        folders.entrySet().removeIf(e -> {
            boolean unused = !wanted.contains(e.getKey());
            if (unused) {
                e.getValue().cancel();
            }
            return unused;
        });
        targets = Set.copyOf(files);
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> saved = new LinkedHashSet<>();
                collect(service.take(), saved);
                for (WatchKey more; (more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
                    collect(more, saved);
                }
                if (!saved.isEmpty()) {
                    onSave.accept(saved);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, Set<Path> saved) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path changed = folder.resolve(name);
                if (targets.stream().anyMatch(changed::startsWith)) {
                    saved.add(changed);
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
