package dev.ticketbridge.spectrum.consumer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} in one properties file that several nodes share, such as on the same shared file system
 * as a {@code FileLockClusterService}: the setup where one node at a time runs the {@code updatedTickets} consumer
 * and another takes over from the cursor the first one wrote.
 *
 * <p>Unlike Camel's {@code FileStateRepository}, which reads its file once and then serves reads from memory, every
 * {@link #getState(String)} reads the file, so a node sees what another node wrote. Every {@link #setState} reads,
 * changes and rewrites the file under an exclusive lock (an OS file lock on a {@code .lock} file beside it, which
 * works across processes, plus an in-JVM lock, since OS locks do not exclude threads of one JVM), and replaces it
 * with an atomic rename, so a reader never sees a half-written file and a node that dies mid-write leaves the
 * previous state. The file is small: the consumer keeps only the changes of its overlap window.
 */
public class SharedFileStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final ReentrantLock jvmLock;

    public SharedFileStateRepository(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.jvmLock = JVM_LOCKS.computeIfAbsent(this.file, path -> new ReentrantLock());
    }

    /** A repository in the file at this path; for bean definitions in XML, YAML or properties. */
    public SharedFileStateRepository(String file) {
        this(Path.of(file));
    }

    public Path getFile() {
        return file;
    }

    @Override
    public String getState(String key) {
        return locked(() -> read().getProperty(key));
    }

    @Override
    public void setState(String key, String value) {
        locked(() -> {
            Properties states = read();
            if (value == null) {
                states.remove(key);
            } else {
                states.setProperty(key, value);
            }
            write(states);
            return null;
        });
    }

    private <T> T locked(Supplier<T> work) {
        jvmLock.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("State file " + file + " could not be locked: " + e.getMessage(), e);
        } finally {
            jvmLock.unlock();
        }
    }

    private Properties read() {
        Properties states = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                states.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("State file " + file + " could not be read: " + e.getMessage(), e);
            }
        }
        return states;
    }

    private void write(Properties states) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                states.store(writer, null);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                // On disk before the rename makes it the state: a crash must leave the old state or the new one.
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("State file " + file + " could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SharedFileStateRepository[" + file + "]";
    }
}
