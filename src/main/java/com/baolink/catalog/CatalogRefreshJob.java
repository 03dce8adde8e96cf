package com.baolink.catalog;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.baolink.engine.RecurringJob;

/**
 * Refreshes the catalogue every {@code baolink.catalog.refresh-interval}, a recurring task of the
 * engine on one node at a time; the first run is right after the task is first registered, so a new
 * installation has its catalogue within seconds of starting.
 */
@Component
class CatalogRefreshJob implements RecurringJob {

	private final CatalogRefresher refresher;

	private final CatalogProperties properties;

	CatalogRefreshJob(CatalogRefresher refresher, CatalogProperties properties) {
		this.refresher = refresher;
		this.properties = properties;
	}

	@Override
	public String task() {
		return "catalog-refresh";
	}

	@Override
	public Duration interval() {
		return this.properties.refreshInterval();
	}

	@Override
	public void run() {
		this.refresher.refreshAll();
	}

}
