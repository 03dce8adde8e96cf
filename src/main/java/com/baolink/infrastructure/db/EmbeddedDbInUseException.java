package com.baolink.infrastructure.db;

import java.nio.file.Path;

/**
 * Another running portal holds the lock of the embedded database's data folder. Reported at start
 * by {@link EmbeddedDbInUseFailureAnalyzer} as one short message instead of a stack trace.
 */
public class EmbeddedDbInUseException extends IllegalStateException {

	private final transient Path folder;

	private final String owner;

	EmbeddedDbInUseException(Path folder, String owner) {
		super("Another Baolink instance" + (owner.isEmpty() ? "" : " (" + owner + ")")
				+ " is using the embedded database in " + folder);
		this.folder = folder;
		this.owner = owner;
	}

	public Path folder() {
		return this.folder;
	}

	/** What the other instance wrote into the lock file (its process id), or empty. */
	public String owner() {
		return this.owner;
	}

}
