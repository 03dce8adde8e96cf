package com.baolink.sandbox.xiebao;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import com.baolink.infrastructure.config.ChinaTime;
import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Application;
import com.baolink.sandbox.xiebao.SandboxXiebaoApplications.Status;
import com.baolink.sandbox.xiebao.SandboxXiebaoProducts.Product;
import com.baolink.sandbox.xiebao.SandboxXiebaoProperties.Switches;

/**
 * The simulated Xiebao hosted pages (document 003): home, product page with the application form
 * ("submit and pay" pays at once and triggers the notifications), done page and policy detail
 * with its PDF. Every page checks the link signature like Xiebao would.
 */
@Controller
@Profile("sandbox")
@RequestMapping("/sandbox/xiebao/dispatch/cps")
class XiebaoSandboxPagesController {

	static final String HOME_VIEW = "sandbox/xiebao/home";

	static final String PRODUCT_VIEW = "sandbox/xiebao/product";

	static final String DONE_VIEW = "sandbox/xiebao/done";

	static final String DETAIL_VIEW = "sandbox/xiebao/detail";

	static final String ERROR_VIEW = "sandbox/xiebao/error";

	private final XiebaoSandboxGate gate;

	private final SandboxXiebaoProducts products;

	private final SandboxXiebaoApplications applications;

	private final XiebaoSandboxNotifier notifier;

	private final SandboxXiebaoSwitches switches;

	private final XiebaoPolicyPdf pdf;

	private final Clock clock;

	XiebaoSandboxPagesController(XiebaoSandboxGate gate, SandboxXiebaoProducts products,
			SandboxXiebaoApplications applications, XiebaoSandboxNotifier notifier, SandboxXiebaoSwitches switches,
			XiebaoPolicyPdf pdf, Clock clock) {
		this.gate = gate;
		this.products = products;
		this.applications = applications;
		this.notifier = notifier;
		this.switches = switches;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/index")
	String home(@RequestParam(required = false) String partnerId,
			@RequestParam(defaultValue = "") String subPartnerId, @RequestParam(required = false) String partnerUniqKey,
			@RequestParam(defaultValue = "1") int platform, @RequestParam(required = false) String paySuccess,
			@RequestParam(required = false) String sign, Model model) {
		this.gate.check(partnerId, sign);
		this.gate.requireMember(partnerUniqKey);
		this.gate.paySuccessUrl(paySuccess);
		model.addAttribute("link", new XiebaoLinkParams(partnerId, subPartnerId, partnerUniqKey, platform, sign, paySuccess));
		model.addAttribute("products", this.products.findAll());
		return HOME_VIEW;
	}

	@GetMapping
	String productPage(@RequestParam(required = false) String partnerId,
			@RequestParam(defaultValue = "") String subPartnerId, @RequestParam(required = false) String caseCode,
			@RequestParam(required = false) String partnerUniqKey, @RequestParam(defaultValue = "1") int platform,
			@RequestParam(required = false) String paySuccess, @RequestParam(required = false) String sign, Model model) {
		this.gate.check(partnerId, sign);
		this.gate.requireMember(partnerUniqKey);
		this.gate.paySuccessUrl(paySuccess);
		XiebaoInsureFormData form = new XiebaoInsureFormData();
		form.setPartnerId(partnerId);
		form.setSubPartnerId(subPartnerId);
		form.setCaseCode(caseCode);
		form.setPartnerUniqKey(partnerUniqKey);
		form.setPlatform(platform);
		form.setPaySuccess(paySuccess);
		form.setSign(sign);
		form.setStartDate(today().plusDays(1));
		form.setEndDate(today().plusDays(3));
		model.addAttribute("product", product(caseCode));
		model.addAttribute("form", form);
		return PRODUCT_VIEW;
	}

	@PostMapping
	Object submitAndPay(@ModelAttribute("form") XiebaoInsureFormData form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.gate.check(form.getPartnerId(), form.getSign());
		this.gate.requireMember(form.getPartnerUniqKey());
		String paySuccessUrl = this.gate.paySuccessUrl(form.getPaySuccess());
		Product product = product(form.getCaseCode());
		XiebaoInsureFormValidator.validate(form, product, today(), result);
		if (result.hasErrors()) {
			model.addAttribute("product", product);
			return PRODUCT_VIEW;
		}
		Switches current = this.switches.current();
		Application app = this.applications.create(draft(form, product, current));
		this.notifier.applicationPaid(app, current);
		if (paySuccessUrl != null) {
			RedirectView view = new RedirectView(paySuccessUrl);
			view.setExpandUriTemplateVariables(false);
			return view;
		}
		redirect.addAttribute("partnerId", app.partnerId());
		redirect.addAttribute("insureNum", app.insureNum());
		redirect.addAttribute("sign", form.getSign());
		return "redirect:/sandbox/xiebao/dispatch/cps/done";
	}

	@GetMapping("/done")
	String done(@RequestParam(required = false) String partnerId, @RequestParam(required = false) String insureNum,
			@RequestParam(required = false) String sign, Model model) {
		this.gate.check(partnerId, sign);
		model.addAttribute("app", application(partnerId, insureNum));
		model.addAttribute("sign", sign);
		return DONE_VIEW;
	}

	@GetMapping("/insureDetail")
	String policyDetail(@RequestParam(required = false) String partnerId,
			@RequestParam(required = false) String insureNum, @RequestParam(defaultValue = "1") int platform,
			@RequestParam(required = false) String sign, Model model) {
		this.gate.check(partnerId, sign);
		Application app = application(partnerId, insureNum);
		model.addAttribute("app", app);
		model.addAttribute("product", product(app.caseCode()));
		model.addAttribute("sign", sign);
		model.addAttribute("platform", platform);
		return DETAIL_VIEW;
	}

	@GetMapping("/insureDetail/pdf")
	ResponseEntity<byte[]> policyPdf(@RequestParam(required = false) String partnerId,
			@RequestParam(required = false) String insureNum, @RequestParam(required = false) String sign,
			Locale locale) {
		this.gate.check(partnerId, sign);
		Application app = application(partnerId, insureNum);
		if (app.status() == Status.ABNORMAL) {
			throw new XiebaoSandboxRefusal(HttpStatus.NOT_FOUND, "sandbox.xiebao.error.noPolicy");
		}
		byte[] document = this.pdf.render(app, product(app.caseCode()), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("policy-" + app.insureNum() + ".pdf").build().toString())
			.body(document);
	}

	@ExceptionHandler(XiebaoSandboxRefusal.class)
	ModelAndView refused(XiebaoSandboxRefusal refusal) {
		ModelAndView view = new ModelAndView(ERROR_VIEW, refusal.status());
		view.addObject("messageKey", refusal.messageKey());
		return view;
	}

	private Application draft(XiebaoInsureFormData form, Product product, Switches switches) {
		String insureds = String.join(",", XiebaoInsureFormValidator.insuredNames(form.getInsuredNames()));
		long priceFen = product.priceFen() * XiebaoInsureFormValidator.insuredNames(form.getInsuredNames()).size();
		return new Application(null, form.getPartnerId(), form.getSubPartnerId(), form.getPartnerUniqKey(),
				product.caseCode(), form.getPlatform() == null ? 1 : form.getPlatform(), form.getApplicantName().trim(),
				XiebaoInsureFormValidator.mask(form.getApplicantIdNo()), insureds, form.getStartDate(), form.getEndDate(),
				priceFen, null, switches.abnormal() ? Status.ABNORMAL : Status.ISSUED, null, switches.describe(), LocalDateTime.now(this.clock.withZone(ChinaTime.ZONE)));
	}

	private Product product(String caseCode) {
		return this.products.find(caseCode == null ? "" : caseCode)
			.orElseThrow(() -> new XiebaoSandboxRefusal(HttpStatus.NOT_FOUND, "sandbox.xiebao.error.product"));
	}

	private Application application(String partnerId, String insureNum) {
		return this.applications.find(insureNum == null ? "" : insureNum)
			.filter(app -> app.partnerId().equals(partnerId))
			.orElseThrow(() -> new XiebaoSandboxRefusal(HttpStatus.NOT_FOUND, "sandbox.xiebao.error.application"));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ChinaTime.ZONE));
	}

}
