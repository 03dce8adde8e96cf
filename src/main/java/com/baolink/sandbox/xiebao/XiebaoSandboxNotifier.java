package com.baolink.sandbox.xiebao;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Application;
import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Status;
import com.baolink.sandbox.xiebao.SandboxXiebaoProducts.Product;
import com.baolink.sandbox.xiebao.SandboxXiebaoProperties.Switches;
import com.baolink.sandbox.xiebao.XiebaoNotificationSender.Outgoing;

import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.ABNORMAL;
import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.ENDORSEMENT;
import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.E_POLICY;
import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.INSURE;
import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.ISSUE;
import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.PAY;
import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.REISSUE;
import static com.baolink.sandbox.xiebao.XiebaoNotificationBodies.SURRENDER;

/**
 * Decides which notifications an application produces under the current {@link Switches}
 * (insure, pay, issue, e-policy; or insure, pay, abnormal; optional endorsement, surrender,
 * re-issue; shuffled; duplicated), applies their effect to the simulated application, stores each
 * as a delivery and hands them to the sender.
 */
@Component
@Profile("sandbox")
class XiebaoSandboxNotifier {

	static final List<Integer> SENDABLE = List.of(INSURE, PAY, ISSUE, E_POLICY, SURRENDER, REISSUE, ENDORSEMENT, ABNORMAL);

	private final SandboxXiebaoProperties properties;

	private final SandboxXiebaoApplications applications;

	private final SandboxXiebaoProducts products;

	private final SandboxXiebaoDeliveries deliveries;

	private final XiebaoNotificationSender sender;

	XiebaoSandboxNotifier(SandboxXiebaoProperties properties, SandboxXiebaoApplications applications,
			SandboxXiebaoProducts products, SandboxXiebaoDeliveries deliveries, XiebaoNotificationSender sender) {
		this.properties = properties;
		this.applications = applications;
		this.products = products;
		this.deliveries = deliveries;
		this.sender = sender;
	}

	/** The notification types of a freshly paid application, in sending order. */
	static List<Integer> plan(Switches switches) {
		List<Integer> types = new ArrayList<>(switches.abnormal() ? List.of(INSURE, PAY, ABNORMAL)
				: List.of(INSURE, PAY, ISSUE, E_POLICY));
		if (switches.endorsement() && !switches.abnormal()) {
			types.add(ENDORSEMENT);
		}
		if (switches.thenSurrender()) {
			types.add(SURRENDER);
		}
		if (switches.thenReissue()) {
			types.add(REISSUE);
		}
		if (switches.duplicates()) {
			types = types.stream().flatMap(type -> List.of(type, type).stream()).collect(ArrayList::new, List::add, List::addAll);
		}
		if (switches.shuffle()) {
			Collections.shuffle(types, ThreadLocalRandom.current());
		}
		return types;
	}

	/** Sends the notifications of a just paid application (in the background). */
	void applicationPaid(Application app, Switches switches) {
		send(app, plan(switches), switches);
	}

	/** Sends one more notification of {@code type} about an application (admin page). */
	void sendOne(Application app, int type, Switches switches) {
		if (!SENDABLE.contains(type)) {
			throw new IllegalArgumentException("Not a notification type the sandbox sends: " + type);
		}
		send(app, List.of(type), switches);
	}

	private void send(Application app, List<Integer> types, Switches switches) {
		Product product = this.products.find(app.caseCode()).orElseThrow();
		XiebaoNotificationBodies bodies = new XiebaoNotificationBodies(this.properties.notifyKey(), switches.prettyData());
		String newInsureNum = types.contains(REISSUE) ? reissue(app).insureNum() : null;
		if (types.contains(SURRENDER)) {
			this.applications.setStatus(app.insureNum(), newInsureNum == null ? Status.SURRENDERED : Status.REISSUED);
		}
		List<Outgoing> batch = new ArrayList<>();
		for (int type : types) {
			String body = bodies.body(type, app, product, newInsureNum);
			batch.add(new Outgoing(this.deliveries.add(app.insureNum(), type, body), body, switches.retry()));
		}
		this.sender.sendInOrder(batch);
	}

	private Application reissue(Application app) {
		this.applications.setStatus(app.insureNum(), Status.REISSUED);
		return this.applications.create(new Application(null, app.partnerId(), app.subPartnerId(), app.partnerUniqKey(),
				app.caseCode(), app.platform(), app.applicantName(), app.applicantIdMasked(), app.insuredNames(),
				app.startDate(), app.endDate(), app.priceFen(), null, Status.ISSUED, app.insureNum(), app.scenario(),
				app.createdAt()));
	}

}
