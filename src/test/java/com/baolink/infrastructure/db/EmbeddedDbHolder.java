package com.baolink.infrastructure.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A stand-in portal for the tests, run in its own JVM: starts the embedded server on the folder
 * given (binaries in the second argument's folder, if any), prints {@code READY <port> <server pid>}, and keeps it until its standard input closes.
 * The tests {@code kill -9} it to leave an orphaned server, or run a second instance beside it.
 */
public final class EmbeddedDbHolder {

	private EmbeddedDbHolder() {
	}

	public static void main(String[] args) throws IOException {
		Path binaries = args.length > 1 ? Path.of(args[1]) : null;
		EmbeddedMariaDb db = EmbeddedMariaDb
			.start(new EmbeddedMariaDbSettings(Path.of(args[0]), false, "baolink", false, binaries));
		System.out.println("READY " + db.port() + " " + db.server().orElseThrow().pid());
		System.out.flush();
		while (System.in.read() != -1) {
			// hold the folder until the test closes our input or kills us
		}
		db.stop();
	}

}
