package com.baolink.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.baolink.billing.CreditLimits;
import com.baolink.member.Member;
import com.baolink.member.Member.Role;
import com.baolink.member.Members;

/** Demo logins for the sandbox (never created outside it); listed in the README and at startup. */
@Component
@Profile("sandbox")
@Order(0)
class DemoAccounts implements ApplicationRunner {

	static final String MEMBER_PASSWORD = "Bamboo-River-Kite-58";

	static final String ADMIN_PASSWORD = "Harbor-Quill-Lantern-73";

	static final String FINANCE_PASSWORD = "Cedar-Ledger-Compass-46";

	static final String SUPPORT_PASSWORD = "Willow-Beacon-Pebble-29";

	/** The credit-account member's starting limit, so staff can approve the demo's credit orders without an override. */
	static final BigDecimal DEMO_CREDIT_LIMIT = new BigDecimal("50000.00");

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Members members;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final CreditLimits creditLimits;

	DemoAccounts(Members members, PasswordEncoder encoder, Clock clock, CreditLimits creditLimits) {
		this.creditLimits = creditLimits;
		this.members = members;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfAbsent(Member.newMember("13800000001", "王小明", this.encoder.encode(MEMBER_PASSWORD), "上海悦行旅行社有限公司",
				"上海市", "上海市", "浦东新区世纪大道100号", true, this.clock.instant()))
			.ifPresent(created -> this.creditLimits.setLimit(created.id(), DEMO_CREDIT_LIMIT));
		createIfAbsent(Member.newMember("13800000002", "李华", this.encoder.encode(MEMBER_PASSWORD), "杭州西湖商旅服务有限公司",
				"浙江省", "杭州市", "西湖区文三路200号", false, this.clock.instant()));
		createIfAbsent(Member.newStaff("admin", "分销商管理员", this.encoder.encode(ADMIN_PASSWORD), Role.ADMIN,
				this.clock.instant()));
		createIfAbsent(Member.newStaff("finance", "财务专员", this.encoder.encode(FINANCE_PASSWORD), Role.FINANCE,
				this.clock.instant()));
		createIfAbsent(Member.newStaff("support", "客服专员", this.encoder.encode(SUPPORT_PASSWORD), Role.SUPPORT,
				this.clock.instant()));
		log.info("""

				==== Baolink sandbox demo accounts ====
				  member  13800000001 / {}   (credit account allowed, limit ¥50,000)
				  member  13800000002 / {}
				  staff   admin       / {}   (ADMIN: everything, staff users included)
				  staff   finance     / {}   (FINANCE: credit approvals, invoices, exports)
				  staff   support     / {}   (SUPPORT: read only)
				=======================================""", MEMBER_PASSWORD, MEMBER_PASSWORD, ADMIN_PASSWORD,
				FINANCE_PASSWORD, SUPPORT_PASSWORD);
	}

	/** The member saved now, or empty when the login exists (what staff changed since stays). */
	private Optional<Member> createIfAbsent(Member member) {
		if (this.members.findByLogin(member.login()).isEmpty()) {
			return Optional.of(this.members.save(member));
		}
		return Optional.empty();
	}

}
