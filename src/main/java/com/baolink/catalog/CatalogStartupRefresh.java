package com.baolink.catalog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes the catalogue once the application is ready, in its own thread: in the sandbox the
 * partner answering is this very server, so startup must not wait for it. Goes through the job's
 * proxy so the cluster lock applies to this run as well.
 */
@Component
@ConditionalOnBooleanProperty(name = "baolink.scheduling.enabled", matchIfMissing = true)
class CatalogStartupRefresh {

	private final CatalogRefreshJob job;

	CatalogStartupRefresh(CatalogRefreshJob job) {
		this.job = job;
	}

	@EventListener(ApplicationReadyEvent.class)
	void refreshAfterStartup() {
		Thread thread = new Thread(this.job::refresh, "catalog-initial-refresh");
		thread.setDaemon(true);
		thread.start();
	}

}
