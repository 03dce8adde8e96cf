package com.baolink.sandbox.aigoubao;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxMember;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;

/**
 * 7.4: stores a pre-order with its notify URLs, return page and the persons the distributor
 * prefilled. The same {@code outSerialNo} again returns the same pre-order.
 */
@Service
@Profile("sandbox")
class PreOrders {

	private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	private final SecureRandom random = new SecureRandom();

	private final SandboxStore store;

	private final Clock clock;

	PreOrders(SandboxStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The fields of 7.4 after the required/format checks. */
	record PreOrder(SbxMember member, String mobile, String outSerialNo, int payType, String productCode,
			String deliverNotifyUrl, String returnNotifyUrl, String refundNotifyUrl, String returnPage,
			LocalDate start, LocalDate end, Map<String, Object> holder, List<Map<String, Object>> insured) {
	}

	@Transactional
	SbxOrder create(PreOrder request) {
		SbxOrder existing = sameSerial(request);
		if (existing != null) {
			return existing;
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		String tempOrderCode = "TE" + now.format(CODE_DATE) + digits(10);
		SbxOrder order = new SbxOrder(0, tempOrderCode, null, request.member().memberId(), request.mobile(),
				request.outSerialNo(), request.payType(), request.productCode(), null, request.start(), request.end(),
				request.deliverNotifyUrl(), request.returnNotifyUrl(), request.refundNotifyUrl(), request.returnPage(),
				SandboxStatus.AWAITING_PAYMENT, null, Params.text(request.holder(), "holderName"),
				Params.text(request.holder(), "holderCardType"), Params.text(request.holder(), "holderCardNo"),
				Params.text(request.holder(), "holderMobile"), Params.text(request.holder(), "holderEmail"), 0, null,
				null, null, null, now);
		long id;
		try {
			id = this.store.insertOrder(order);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent call with the same outSerialNo won
			SbxOrder winner = sameSerial(request);
			if (winner != null) {
				return winner;
			}
			throw ex;
		}
		this.store.replaceInsured(id, prefilled(id, request.insured()));
		return this.store.orderById(id).orElseThrow();
	}

	private SbxOrder sameSerial(PreOrder request) {
		SbxOrder existing = this.store.orderBySerial(request.outSerialNo()).orElse(null);
		if (existing != null && existing.memberId() != request.member().memberId()) {
			throw SandboxRefusal.failure("外部流水号重复: outSerialNo");
		}
		return existing;
	}

	private static List<SbxInsured> prefilled(long orderId, List<Map<String, Object>> insured) {
		List<SbxInsured> persons = new ArrayList<>();
		for (Map<String, Object> item : insured) {
			String name = Params.text(item, "insuredName");
			String cardType = Params.text(item, "insuredCardType");
			String cardNo = Params.text(item, "insuredCardNo");
			persons.add(new SbxInsured(0, orderId, persons.size(), name == null ? "" : name,
					cardType == null ? IdCards.TYPE_ID_CARD : cardType, cardNo == null ? "" : cardNo, null,
					Params.text(item, "insuredGender"), Params.text(item, "insuredMobile"),
					Params.text(item, "insuredRelation"), null, null, SandboxStatus.POLICY_NONE));
		}
		return persons;
	}

	private String digits(int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append(this.random.nextInt(10));
		}
		return text.toString();
	}

}
