package com.baolink.sandbox.aigoubao;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.baolink.sandbox.aigoubao.SbxRecords.SbxInsured;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxOrder;
import com.baolink.sandbox.aigoubao.SbxRecords.SbxProduct;

/** The partner's file host: policy, certificate and invoice PDFs and insurer logos. */
@RestController
@Profile("sandbox")
class SandboxFilesController {

	private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SandboxStore store;

	private final PolicyPdfRenderer renderer;

	private final OrderLifecycle lifecycle;

	private final Clock clock;

	private final Map<String, byte[]> logos = new ConcurrentHashMap<>();

	SandboxFilesController(SandboxStore store, PolicyPdfRenderer renderer, OrderLifecycle lifecycle, Clock clock) {
		this.store = store;
		this.renderer = renderer;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@GetMapping(SandboxLinks.POLICY_FILE)
	ResponseEntity<byte[]> policy(@PathVariable String policyCode) {
		return document("policy", policyCode);
	}

	@GetMapping(SandboxLinks.CERTIFICATE_FILE)
	ResponseEntity<byte[]> certificate(@PathVariable String policyCode) {
		return document("certificate", policyCode);
	}

	@GetMapping(SandboxLinks.INVOICE_FILE)
	ResponseEntity<byte[]> invoice(@PathVariable String policyCode) {
		return document("invoice", policyCode);
	}

	private ResponseEntity<byte[]> document(String kind, String policyCode) {
		SbxInsured person = this.store.insuredByPolicy(policyCode).orElse(null);
		SbxOrder order = person == null ? null : this.store.orderById(person.orderId()).orElse(null);
		if (order == null || ("invoice".equals(kind) && this.lifecycle.invoiceStatus(order) != 1)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		SbxProduct product = this.store.product(order.productCode()).orElseThrow();
		Map<String, Object> model = new HashMap<>();
		model.put("kind", kind);
		model.put("policyCode", policyCode);
		model.put("orderCode", order.orderCode());
		model.put("productName", product.productName());
		model.put("companyName", product.companyName());
		model.put("planName", product.plan(order.planCode()) == null ? "" : product.plan(order.planCode()).planName());
		model.put("benefitType", product.benefitType());
		model.put("holderName", order.holderName());
		model.put("insuredName", person.name());
		model.put("cardType", IdCards.cardTypeText(person.cardType()));
		model.put("cardNo", IdCards.mask(person.cardNo()));
		model.put("startDate", String.valueOf(order.startDate()));
		model.put("endDate", String.valueOf(order.endDate()));
		model.put("premium", person.fee() == null ? "0.00" : person.fee().toPlainString());
		model.put("policyStatus", person.policyStatus());
		model.put("invoiceTitle", order.invoiceTitle());
		model.put("taxpayerNo", order.taxpayerNo());
		model.put("issuedOn", LocalDate.now(this.clock).toString());
		model.put("printedAt", LocalDateTime.now(this.clock).format(PRINTED_AT));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"" + kind + "-" + policyCode + ".pdf\"")
			.body(this.renderer.render(model));
	}

	/** A plain insurer badge in the insurer's colour (no text, so no font is needed). */
	@GetMapping(SandboxLinks.LOGO_FILE)
	ResponseEntity<byte[]> logo(@PathVariable String productCode) {
		SbxProduct product = this.store.product(productCode).orElse(null);
		if (product == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		byte[] png = this.logos.computeIfAbsent(product.logoColor(), SandboxFilesController::drawLogo);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
			.body(png);
	}

	private static byte[] drawLogo(String hexColor) {
		BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.decode(hexColor));
		g.fillRoundRect(4, 4, 88, 88, 24, 24);
		Path2D shield = new Path2D.Double();
		shield.moveTo(48, 18);
		shield.lineTo(74, 28);
		shield.curveTo(74, 56, 64, 70, 48, 80);
		shield.curveTo(32, 70, 22, 56, 22, 28);
		shield.closePath();
		g.setColor(Color.WHITE);
		g.fill(shield);
		g.setColor(Color.decode(hexColor));
		g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.drawPolyline(new int[] { 36, 45, 61 }, new int[] { 48, 58, 38 }, 3);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
