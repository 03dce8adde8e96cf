package com.baolink.partner.aigoubao;

import com.baolink.partner.PartnerUnavailableException;

/**
 * No permit of the shared partner rate budget could be had in time. To the member this is the same
 * as a partner that does not answer; background jobs back off and retry.
 */
public class RateBudgetExhaustedException extends PartnerUnavailableException {

	public RateBudgetExhaustedException(String budget) {
		super("Rate budget '" + budget + "' exhausted", null);
	}

}
