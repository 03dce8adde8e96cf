package com.baolink.partner.aigoubao.channel;

import com.baolink.order.CardType;
import com.baolink.order.PayType;
import com.baolink.order.Relation;

/**
 * The portal's values in AiGouBao's codes (document 7.4): {@code cardType}, {@code insuredRelation}
 * and {@code payType}, and back for what 7.11 reports. A value the portal does not know is passed on as it is, for AiGouBao to refuse.
 */
final class AigoubaoCodes {

	private AigoubaoCodes() {
	}

	/** AiGouBao's card type: 1 resident ID, 2 passport, 3 HK/Macau pass, 4 Taiwan pass, 5 military officer card. */
	static String cardType(String portalCode) {
		return CardType.ofCode(portalCode).map(type -> switch (type) {
			case RESIDENT_ID -> "1";
			case PASSPORT -> "2";
			case HK_MACAU_PASS -> "3";
			case TAIWAN_PASS -> "4";
			case MILITARY_OFFICER -> "5";
		}).orElse(portalCode);
	}

	/**
	 * A card type AiGouBao reports (7.11 {@code insuredCardType}) in the portal's code; anything else
	 * (AiGouBao may answer with a text) is kept as it is.
	 */
	static String portalCardType(String aigoubaoCode) {
		for (CardType type : CardType.values()) {
			if (cardType(type.code()).equals(aigoubaoCode)) {
				return type.code();
			}
		}
		return aigoubaoCode;
	}

	/** AiGouBao's relation to the holder: 1 self, 2 parent, 3 child, 4 spouse, 5 other. */
	static String relation(String portalCode) {
		return Relation.ofCode(portalCode).map(relation -> switch (relation) {
			case SELF -> "1";
			case PARENT -> "2";
			case CHILD -> "3";
			case SPOUSE -> "4";
			case OTHER -> "5";
		}).orElse(portalCode);
	}

	/** AiGouBao's {@code payType}: 1 the distributor's credit account, 2 the partner's cashier. */
	static int payType(PayType payType) {
		return payType == PayType.CREDIT ? 1 : 2;
	}

}
