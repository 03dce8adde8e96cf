package com.baolink.catalog;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the catalogue every {@code baolink.catalog.refresh-interval} on one node at a time
 * (the first run after startup is {@link CatalogStartupRefresh}).
 */
@Component
@ConditionalOnBooleanProperty(name = "baolink.scheduling.enabled", matchIfMissing = true)
class CatalogRefreshJob {

	private final CatalogRefresher refresher;

	CatalogRefreshJob(CatalogRefresher refresher) {
		this.refresher = refresher;
	}

	@Scheduled(fixedDelayString = "${baolink.catalog.refresh-interval:PT6H}",
			initialDelayString = "${baolink.catalog.refresh-interval:PT6H}")
	@SchedulerLock(name = "catalog-refresh", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public void refresh() {
		this.refresher.refreshAll();
	}

}
