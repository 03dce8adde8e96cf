package com.baolink.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import com.baolink.catalog.Channel;

/**
 * The order aggregate: what a member bought, where it stands and every insured person with their
 * policy. {@code partnerRef} is the partner's handle for the order (AiGouBao's pre-order code,
 * Xiebao's application number); {@code partnerOrderCode} the partner's own order number. Saved with
 * optimistic locking so a callback and a reconciliation pull never overwrite each other.
 */
@Table("purchase_order")
public class Order {

	@Id
	private Long id;

	@Version
	private Long version;

	private long memberId;

	private Channel channel;

	private OrderStatus status;

	private PayType payType;

	private String outSerialNo;

	private String launchToken;

	private String productCode;

	private String productName;

	private String planCode;

	private String planName;

	private String insurerName;

	private LocalDate coverStart;

	private LocalDate coverEnd;

	private String partnerRef;

	private String partnerOrderCode;

	private String partnerStatusText;

	private String payUrl;

	private BigDecimal totalAmount;

	private BigDecimal discountAmount;

	private String holderName;

	private String insuredSummary;

	private String policyCodes;

	private int insuredCount;

	private String lastError;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant lastSyncedAt;

	private Instant nextSyncAt;

	private int syncAttempts;

	/** Set when an end customer bought through a member's share link (the order is still the member's). */
	private Long shareLinkId;

	private String customerName;

	/** The member closed the order while it was unpaid (hidden from their default history). */
	private Instant closedAt;

	@MappedCollection(idColumn = "purchase_order", keyColumn = "position")
	private List<InsuredPerson> insured = new ArrayList<>();

	/** Timeline entries of changes not saved yet (written with the save, see OrderEventsOnSave). */
	@Transient
	private final List<OrderEvent> pendingEvents = new ArrayList<>();

	Order() {
	}

	/** A new order, written before the partner is called. */
	public static Order launch(long memberId, Channel channel, PayType payType, String outSerialNo, String launchToken,
			String productCode, String productName, String planCode, String planName, LocalDate coverStart,
			LocalDate coverEnd, String holderName, List<InsuredPerson> insured, Instant now) {
		Order order = new Order();
		order.memberId = memberId;
		order.channel = channel;
		order.payType = payType;
		order.status = OrderStatus.LAUNCHED;
		order.outSerialNo = outSerialNo;
		order.launchToken = launchToken;
		order.productCode = productCode;
		order.productName = productName;
		order.planCode = planCode;
		order.planName = planName;
		order.coverStart = coverStart;
		order.coverEnd = coverEnd;
		order.holderName = holderName;
		order.createdAt = now;
		order.updatedAt = now;
		order.replaceInsured(insured);
		order.pendingEvents.add(OrderEvent.launched(OrderEventSource.MEMBER, now));
		return order;
	}

	/**
	 * An end customer buys this new order through the member's share link {@code shareLinkId}; only
	 * before the order is first saved.
	 */
	public void boughtThroughShareLink(long shareLinkId, String customerName) {
		if (this.id != null) {
			throw new IllegalStateException("Order " + this.id + " is already saved");
		}
		this.shareLinkId = shareLinkId;
		this.customerName = truncate(customerName, 100);
		launchedBy(OrderEventSource.CUSTOMER);
	}

	/**
	 * No person launched this new order: a partner notification created it (Xiebao: a notification
	 * for an application the portal did not know). Only before the order is first saved.
	 */
	public void createdByPartnerNotification() {
		if (this.id != null) {
			throw new IllegalStateException("Order " + this.id + " is already saved");
		}
		launchedBy(OrderEventSource.CALLBACK);
	}

	private void launchedBy(OrderEventSource source) {
		this.pendingEvents.replaceAll(event -> event.kind() == OrderEventKind.LAUNCHED
				? OrderEvent.launched(source, event.occurredAt()) : event);
	}

	/** Whether an end customer bought this order through share link {@code linkId}. */
	public boolean isFromShareLink(long linkId) {
		return this.shareLinkId != null && this.shareLinkId == linkId;
	}

	/** The partner accepted the pre-order: its reference and the page to send the member to. */
	public void preOrderCreated(String partnerRef, String payUrl, Instant now, Instant firstSync) {
		this.partnerRef = partnerRef;
		this.payUrl = payUrl;
		this.lastError = null;
		if (this.status == OrderStatus.LAUNCH_FAILED) {
			moveTo(OrderStatus.LAUNCHED, buyer(), now);
		}
		this.nextSyncAt = firstSync;
		this.updatedAt = now;
	}

	/** The pre-order call failed; the order stays so nothing is lost and the member can retry. */
	public void launchFailed(String reason, Instant now) {
		if (this.status == OrderStatus.LAUNCHED && this.partnerRef == null) {
			moveTo(OrderStatus.LAUNCH_FAILED, buyer(), now);
		}
		this.lastError = truncate(reason, 500);
		this.updatedAt = now;
	}

	/** A member retries a failed launch: back to LAUNCHED with the same serial number. */
	public void relaunch(Instant now) {
		if (this.status != OrderStatus.LAUNCH_FAILED) {
			throw new IllegalStateException("Only a failed launch can be retried, order " + this.id + " is " + this.status);
		}
		moveTo(OrderStatus.LAUNCHED, buyer(), now);
		this.closedAt = null;
		this.updatedAt = now;
	}

	/**
	 * Before a failed launch is retried the member may have corrected the form: the order takes the
	 * new details (same serial number, so the partner sees the same pre-order).
	 */
	public void amendLaunch(PayType payType, String productCode, String productName, String planCode, String planName,
			LocalDate coverStart, LocalDate coverEnd, String holderName, List<InsuredPerson> insured, Instant now) {
		if (this.status != OrderStatus.LAUNCH_FAILED) {
			throw new IllegalStateException("Only a failed launch can be amended, order " + this.id + " is " + this.status);
		}
		this.payType = payType;
		this.productCode = productCode;
		this.productName = productName;
		this.planCode = planCode;
		this.planName = planName;
		this.coverStart = coverStart;
		this.coverEnd = coverEnd;
		this.holderName = holderName;
		this.updatedAt = now;
		replaceInsured(insured);
	}

	/**
	 * Moves to {@code next} if that is further along; returns whether anything changed. Never moves
	 * backwards and never leaves a terminal status. {@code source} is what reported the change (the
	 * timeline shows it).
	 */
	public boolean advanceTo(OrderStatus next, OrderEventSource source, Instant now) {
		if (this.status.isTerminal() || next.rank() <= this.status.rank()) {
			return false;
		}
		moveTo(next, source, now);
		// Something happened after all (paid at the partner after closing): the order is open again.
		this.closedAt = null;
		this.updatedAt = now;
		return true;
	}

	/** Not paid and nothing under way: the member may close it (it stays, for staff and for a late payment). */
	public boolean isClosable() {
		return this.closedAt == null && (this.status == OrderStatus.LAUNCHED || this.status == OrderStatus.LAUNCH_FAILED
				|| this.status == OrderStatus.PAYMENT_FAILED);
	}

	/** The member closes an abandoned unpaid order; returns whether it was closable. */
	public boolean close(Instant now) {
		if (!isClosable()) {
			return false;
		}
		this.closedAt = now;
		this.updatedAt = now;
		this.pendingEvents.add(new OrderEvent(now, OrderEventKind.CLOSED, buyer(), null, null, null, null, null));
		return true;
	}

	public boolean isClosed() {
		return this.closedAt != null;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	/**
	 * The partner accepted a surrender of {@code policyCodes}: those policies (if still in force) and
	 * the order wait for the partner's confirmation, and the order is due for a pull now. Returns
	 * whether any policy changed.
	 */
	public boolean surrenderRequested(List<String> policyCodes, Instant now) {
		boolean changed = false;
		List<InsuredPerson> updated = new ArrayList<>(this.insured.size());
		for (InsuredPerson person : this.insured) {
			if (person.policyStatus() == InsuredPerson.PolicyStatus.ISSUED && policyCodes.contains(person.policyCode())) {
				updated.add(person.withPolicyStatus(InsuredPerson.PolicyStatus.SURRENDER_PENDING));
				changed = true;
			}
			else {
				updated.add(person);
			}
		}
		this.insured = updated;
		advanceTo(OrderStatus.SURRENDER_PENDING, OrderEventSource.MEMBER, now);
		this.nextSyncAt = now;
		this.updatedAt = now;
		return changed;
	}

	/**
	 * Staff rejected a credit-account order and the partner acknowledged the rejection (7.7 −1): the
	 * one step "back" in rank (awaiting approval → payment failed), like {@link #relaunch}.
	 * @return whether anything changed
	 */
	public boolean creditRejected(Instant now) {
		if (this.status != OrderStatus.AWAITING_CREDIT_APPROVAL) {
			return false;
		}
		// Staff decided; the engine delivered the decision and the partner acknowledged it.
		moveTo(OrderStatus.PAYMENT_FAILED, OrderEventSource.ENGINE, now);
		this.updatedAt = now;
		return true;
	}

	/** The partner issued the invoice of a policy (7.3): its URL is kept on the insured person. */
	public boolean invoiceIssued(String policyCode, String invoiceUrl, Instant now) {
		boolean changed = false;
		List<InsuredPerson> persons = new ArrayList<>(this.insured);
		for (int i = 0; i < persons.size(); i++) {
			InsuredPerson p = persons.get(i);
			if (policyCode != null && policyCode.equals(p.policyCode()) && !Objects.equals(invoiceUrl, p.invoiceUrl())) {
				persons.set(i, p.withInvoiceUrl(invoiceUrl));
				changed = true;
			}
		}
		if (changed) {
			replaceInsured(persons);
			this.updatedAt = now;
		}
		return changed;
	}

	/** Replaces the insured persons (with their policies) from the partner's authoritative view. */
	public void replaceInsured(List<InsuredPerson> persons) {
		this.insured = new ArrayList<>(persons);
		this.insuredCount = persons.size();
		this.insuredSummary = truncate(persons.stream().map(InsuredPerson::name).collect(Collectors.joining("、")), 500);
		String codes = persons.stream()
			.map(InsuredPerson::policyCode)
			.filter(Objects::nonNull)
			.filter(code -> !code.isBlank())
			.collect(Collectors.joining(","));
		this.policyCodes = codes.isEmpty() ? null : truncate(codes, 1000);
	}

	/** Facts the partner reports about the order as a whole. */
	public void partnerFacts(String partnerOrderCode, String partnerStatusText, String insurerName,
			BigDecimal totalAmount, BigDecimal discountAmount, Instant now) {
		if (partnerOrderCode != null && !partnerOrderCode.isBlank()) {
			this.partnerOrderCode = partnerOrderCode;
		}
		if (partnerStatusText != null) {
			this.partnerStatusText = truncate(partnerStatusText, 64);
		}
		if (insurerName != null && !insurerName.isBlank()) {
			this.insurerName = truncate(insurerName, 200);
		}
		if (totalAmount != null) {
			this.totalAmount = totalAmount;
		}
		if (discountAmount != null) {
			this.discountAmount = discountAmount;
		}
		this.updatedAt = now;
	}

	/**
	 * Cover period and holder as the partner reports them after the purchase (Xiebao: the member
	 * fills them in on the partner's page). Null values leave what is known.
	 */
	public void partnerCover(String holderName, LocalDate coverStart, LocalDate coverEnd, Instant now) {
		if (holderName != null && !holderName.isBlank()) {
			this.holderName = truncate(holderName, 100);
		}
		if (coverStart != null) {
			this.coverStart = coverStart;
		}
		if (coverEnd != null) {
			this.coverEnd = coverEnd;
		}
		this.updatedAt = now;
	}

	/**
	 * The plan as the partner reports it after the purchase (Xiebao: the member chose it on the
	 * partner's page). Blank values leave what is known.
	 */
	public void partnerPlan(String planCode, String planName, Instant now) {
		if (planCode != null && !planCode.isBlank()) {
			this.planCode = truncate(planCode.strip(), 32);
		}
		if (planName != null && !planName.isBlank()) {
			this.planName = truncate(planName.strip(), 200);
		}
		this.updatedAt = now;
	}

	/** Records a pull from the partner and when the next one is due (null: no more pulls). */
	public void synced(Instant now, Instant nextSync) {
		this.pendingEvents.add(new OrderEvent(now, OrderEventKind.PULLED, OrderEventSource.PULL, null, null, null, null,
				this.partnerStatusText));
		this.lastSyncedAt = now;
		this.nextSyncAt = nextSync;
		this.syncAttempts++;
		this.lastError = null;
	}

	/** A pull failed; try again at {@code nextSync} (null: gave up). */
	public void syncFailed(String reason, Instant now, Instant nextSync) {
		this.pendingEvents.add(new OrderEvent(now, OrderEventKind.PULL_FAILED, OrderEventSource.PULL, null, null, null,
				null, reason));
		this.lastError = truncate(reason, 500);
		this.nextSyncAt = nextSync;
		this.syncAttempts++;
	}

	/** The status changes to {@code next}, recorded for the timeline with its source. */
	private void moveTo(OrderStatus next, OrderEventSource source, Instant now) {
		if (next != this.status) {
			this.pendingEvents.add(OrderEvent.stateChanged(this.status, next, source, now));
		}
		this.status = next;
	}

	/** Who buys: the member, or an end customer through the member's share link. */
	private OrderEventSource buyer() {
		return this.shareLinkId != null ? OrderEventSource.CUSTOMER : OrderEventSource.MEMBER;
	}

	/** The timeline entries collected since the last save; the list is emptied. */
	List<OrderEvent> takePendingEvents() {
		List<OrderEvent> taken = List.copyOf(this.pendingEvents);
		this.pendingEvents.clear();
		return taken;
	}

	public boolean belongsTo(long memberId) {
		return this.memberId == memberId;
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	public Long getId() {
		return this.id;
	}

	public long getMemberId() {
		return this.memberId;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public OrderStatus getStatus() {
		return this.status;
	}

	public PayType getPayType() {
		return this.payType;
	}

	public String getOutSerialNo() {
		return this.outSerialNo;
	}

	public String getLaunchToken() {
		return this.launchToken;
	}

	public String getProductCode() {
		return this.productCode;
	}

	public String getProductName() {
		return this.productName;
	}

	public String getPlanCode() {
		return this.planCode;
	}

	public String getPlanName() {
		return this.planName;
	}

	public String getInsurerName() {
		return this.insurerName;
	}

	public LocalDate getCoverStart() {
		return this.coverStart;
	}

	public LocalDate getCoverEnd() {
		return this.coverEnd;
	}

	public String getPartnerRef() {
		return this.partnerRef;
	}

	public String getPartnerOrderCode() {
		return this.partnerOrderCode;
	}

	public String getPartnerStatusText() {
		return this.partnerStatusText;
	}

	public String getPayUrl() {
		return this.payUrl;
	}

	public BigDecimal getTotalAmount() {
		return this.totalAmount;
	}

	public BigDecimal getDiscountAmount() {
		return this.discountAmount;
	}

	public String getHolderName() {
		return this.holderName;
	}

	public String getInsuredSummary() {
		return this.insuredSummary;
	}

	public String getPolicyCodes() {
		return this.policyCodes;
	}

	public int getInsuredCount() {
		return this.insuredCount;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getLastSyncedAt() {
		return this.lastSyncedAt;
	}

	public Instant getNextSyncAt() {
		return this.nextSyncAt;
	}

	public int getSyncAttempts() {
		return this.syncAttempts;
	}

	public Long getShareLinkId() {
		return this.shareLinkId;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public List<InsuredPerson> getInsured() {
		return List.copyOf(this.insured);
	}

}
