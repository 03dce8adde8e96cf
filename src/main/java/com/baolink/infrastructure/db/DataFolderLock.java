package com.baolink.infrastructure.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code instance.lock} in the data folder, held for as long as this JVM
 * uses the folder. The operating system releases it when the JVM ends in any way, {@code kill -9}
 * included: a lock that cannot be taken means another <em>live</em> portal uses the folder, whereas
 * a server left running with no lock holder is an orphan of a portal that died
 * ({@link OrphanedServer}).
 */
final class DataFolderLock implements AutoCloseable {

	static final String FILE_NAME = "instance.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock or fails at once with {@link EmbeddedDbInUseException}; writes this process's id
	 * into the file so that the refusal can name the other instance.
	 */
	static DataFolderLock acquire(Path folder) {
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel = null;
		try {
			Files.createDirectories(folder);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null; // held by this very JVM (another embedded server in the same process)
			}
			if (lock == null) {
				String owner = readOwner(file);
				channel.close();
				throw new EmbeddedDbInUseException(folder, owner);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
			channel.force(true);
			return new DataFolderLock(channel, lock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Cannot lock the embedded database folder " + folder, ex);
		}
	}

	private static String readOwner(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
			return text.matches("pid \\d{1,10}") ? text : "";
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
		}
		catch (IOException ex) {
			// the channel is closed below, which releases the lock as well
		}
		closeQuietly(this.channel);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing left to do
			}
		}
	}

}
