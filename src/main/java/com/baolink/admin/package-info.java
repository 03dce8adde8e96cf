/**
 * Staff screens: the admin home with counts and charts, every member's orders, the stored partner
 * callbacks (raw view, replay) and the background engine's task overview with "run again". Reads
 * other modules' data through their public types; offers nothing to other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff area")
package com.baolink.admin;
