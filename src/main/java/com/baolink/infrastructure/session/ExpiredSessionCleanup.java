package com.baolink.infrastructure.session;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import com.baolink.engine.RecurringJob;

/**
 * Deletes expired sessions from {@code SPRING_SESSION}: a recurring task of the engine on one node
 * at a time (Spring Session's own cron, which would run on every node, is switched off with
 * {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class ExpiredSessionCleanup implements RecurringJob {

	private final JdbcIndexedSessionRepository sessions;

	private final Duration interval;

	ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions,
			@Value("${baolink.sessions.cleanup-interval:PT5M}") Duration interval) {
		this.sessions = sessions;
		this.interval = interval;
	}

	@Override
	public String task() {
		return "session-cleanup";
	}

	@Override
	public Duration interval() {
		return this.interval;
	}

	@Override
	public void run() {
		this.sessions.cleanUpExpiredSessions();
	}

}
