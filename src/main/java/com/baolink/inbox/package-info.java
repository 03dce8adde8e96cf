/**
 * Durable inbound partner callbacks: stored first (acknowledged only after commit), verified,
 * handed to the engine and processed ({@link com.baolink.inbox.InboxProcessor}). Offers the
 * processor's replay to the staff area.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Callback inbox")
package com.baolink.inbox;
