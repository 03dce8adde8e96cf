package com.baolink.order;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The choices of the buy forms (the member's and the share-link customer's), as the templates list
 * them: {@code ${@purchaseChoices.cardTypes()}}, option value {@code code()}, label
 * {@code order.cardType.<NAME>} (likewise relations).
 */
@Component
public class PurchaseChoices {

	private static final List<CardType> CARD_TYPES = List.of(CardType.values());

	private static final List<Relation> RELATIONS = List.of(Relation.values());

	public List<CardType> cardTypes() {
		return CARD_TYPES;
	}

	public List<Relation> relations() {
		return RELATIONS;
	}

}
