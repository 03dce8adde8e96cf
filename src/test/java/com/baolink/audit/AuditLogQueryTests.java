package com.baolink.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.baolink.audit.AuditLogQuery.Change;

import static org.assertj.core.api.Assertions.assertThat;

/** How a row's before/after is shown and how the filter is read from the request. */
class AuditLogQueryTests {

	@Test
	void aChangeShowsOnlyTheFieldsThatDiffer() {
		assertThat(AuditLogQuery.changes("{\"a\":1,\"b\":\"x\",\"c\":true}", "{\"a\":1,\"b\":\"y\",\"c\":false}"))
			.containsExactly(new Change("b", "x", "y"), new Change("c", "✓", "✗"));
	}

	@Test
	void aCreationShowsEveryFieldOfTheAfterSide() {
		assertThat(AuditLogQuery.changes(null, "{\"name\":\"n\",\"points\":[\"p1\",\"p2\"],\"gone\":null}"))
			.containsExactly(new Change("name", null, "n"), new Change("points", null, "p1 · p2"),
					new Change("gone", null, "—"));
	}

	@Test
	void aFieldOnOneSideOnlyIsShownAsAddedOrRemoved() {
		assertThat(AuditLogQuery.changes("{\"a\":1}", "{\"b\":2}"))
			.containsExactly(new Change("a", "1", null), new Change("b", null, "2"));
	}

	@Test
	void textThatIsNotJsonIsShownAsIs() {
		assertThat(AuditLogQuery.changes(null, "not json")).containsExactly(new Change("value", null, "not json"));
	}

	@Test
	void theSearchDropsWhatItCannotReadAndSwapsAReversedRange() {
		AuditSearch search = AuditSearch.of("  admin ", "credit_approved", "nope", " ", "2026-03-05", "2026-03-01", "x");
		assertThat(search.actor()).isEqualTo("admin");
		assertThat(search.action()).isEqualTo(AuditAction.CREDIT_APPROVED);
		assertThat(search.subjectType()).isNull();
		assertThat(search.subjectId()).isNull();
		assertThat(search.from()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(search.to()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(search.page()).isEqualTo(1);
		assertThat(search.link(2)).isEqualTo(
				"/admin/audit?actor=admin&action=CREDIT_APPROVED&from=2026-03-01&to=2026-03-05&page=2");
	}

	@Test
	void everyActionNamesItsSubjectType() {
		assertThat(AuditAction.EXPORT_MADE.subjectType()).isEqualTo(AuditSubjectType.EXPORT);
		assertThat(AuditAction.CREDIT_RESENT.subjectType()).isEqualTo(AuditSubjectType.ORDER);
		assertThat(AuditAction.STAFF_ROLE_CHANGED.subjectType()).isEqualTo(AuditSubjectType.STAFF_USER);
	}

}
