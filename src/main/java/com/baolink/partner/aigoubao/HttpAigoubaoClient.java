package com.baolink.partner.aigoubao;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.baolink.infrastructure.web.ServerAddress;
import com.baolink.partner.PartnerUnavailableException;

/**
 * AiGouBao over HTTP: every call takes a permit of the shared {@link RateBudget}, is sealed in the
 * signed/encrypted envelope and posted to {@code baseUrl + path}; the {@code data} of a
 * {@code 0000} answer is mapped to the return type. Retries only where it cannot do harm: a
 * {@code 0002} answer (the partner refused before doing anything) and a refused connection (the
 * request was never sent). A read timeout is never retried: the partner may have acted.
 */
@Component
public class HttpAigoubaoClient implements AigoubaoApi {

	static final String PARTNER = "aigoubao";

	static final String METRIC = "baolink.partner.calls";

	private static final String SUCCESS = AigoubaoCode.SUCCESS.code();

	private static final String CALLER_IP = "127.0.0.1";

	private static final Logger log = LoggerFactory.getLogger(HttpAigoubaoClient.class);

	private final RestClient http;

	private final AigoubaoProperties properties;

	private final ServerAddress serverAddress;

	private final RateBudget rateBudget;

	private final MeterRegistry meters;

	private final Clock clock;

	private AigoubaoConfigurationFaults configurationFaults;

	@Autowired
	public HttpAigoubaoClient(RestClient.Builder restClientBuilder, AigoubaoProperties properties,
			ServerAddress serverAddress, RateBudget rateBudget, MeterRegistry meters, Clock clock) {
		this.http = restClientBuilder.clone().requestFactory(requestFactory(properties)).build();
		this.properties = properties;
		this.serverAddress = serverAddress;
		this.rateBudget = rateBudget;
		this.meters = meters;
		this.clock = clock;
	}

	private static JdkClientHttpRequestFactory requestFactory(AigoubaoProperties properties) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempts against partner gateways
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(properties.readTimeout());
		return factory;
	}

	@Override
	public RegisterResult register(RegisterRequest request, CallPriority priority) {
		return call(PATH_REGISTER, request, priority, type(RegisterResult.class));
	}

	@Override
	public void applyInvoice(ApplyInvoiceRequest request, CallPriority priority) {
		call(PATH_APPLY_INVOICE, request, priority, null);
	}

	@Override
	public List<InvoiceLink> getInvoiceUrl(InvoiceUrlRequest request, CallPriority priority) {
		List<InvoiceLink> links = call(PATH_INVOICE_URL, request, priority,
				AigoubaoJson.mapper().getTypeFactory().constructCollectionType(List.class, InvoiceLink.class));
		return (links != null) ? links : List.of();
	}

	@Override
	public PreOrderResult addTemp(PreOrderRequest request, CallPriority priority) {
		return call(PATH_ADD_TEMP, request, priority, type(PreOrderResult.class));
	}

	@Override
	public ProductDetail getProductDetail(ProductDetailRequest request, CallPriority priority) {
		return call(PATH_PRODUCT_DETAIL, request, priority, type(ProductDetail.class));
	}

	@Override
	public PolicyUrls getPolicyUrl(OrderRef request, CallPriority priority) {
		return call(PATH_POLICY_URL, request, priority, type(PolicyUrls.class));
	}

	@Override
	public void outNotify(PaymentNotice request, CallPriority priority) {
		call(PATH_OUT_NOTIFY, request, priority, null);
	}

	@Override
	public OrderListUrl getOrderListUrl(OrderListRequest request, CallPriority priority) {
		return call(PATH_ORDER_LIST_URL, request, priority, type(OrderListUrl.class));
	}

	@Override
	public void surrenderByPolicyCode(SurrenderPoliciesRequest request, CallPriority priority) {
		call(PATH_SURRENDER_BY_POLICY, request, priority, null);
	}

	@Override
	public void surrenderByOrderCode(SurrenderOrderRequest request, CallPriority priority) {
		call(PATH_SURRENDER_BY_ORDER, request, priority, null);
	}

	@Override
	public OrderDetail getOrderDetail(OrderRef request, CallPriority priority) {
		return call(PATH_ORDER_DETAIL, request, priority, type(OrderDetail.class));
	}

	private static JavaType type(Class<?> type) {
		return AigoubaoJson.mapper().constructType(type);
	}

	/**
	 * One call, one HTTP exchange: no retry here. A 0002 or an unreachable partner reaches the caller
	 * (a member sees "try again"; background work is retried by the engine's policy of its task).
	 */
	private <T> T call(String path, Object request, CallPriority priority, JavaType dataType) {
		return attempt(path, request, priority, dataType);
	}

	/** One HTTP exchange, with its own permit, nonce, timestamp and signature. */
	private <T> T attempt(String path, Object request, CallPriority priority, JavaType dataType) {
		String nonce = UUID.randomUUID().toString();
		long started = System.nanoTime();
		String outcome = "unavailable";
		try {
			takePermit(priority);
			AigoubaoEnvelope envelope = AigoubaoEnvelope.seal(request, nonce, this.clock.millis(), CALLER_IP,
					this.properties);
			JsonNode answer = post(path, envelope);
			outcome = answer.path("code").asString();
			if (!SUCCESS.equals(outcome)) {
				throw new AigoubaoException(outcome, answer.path("message").asString(""));
			}
			return readData(path, answer.get("data"), dataType);
		}
		catch (RateBudgetExhaustedException ex) {
			outcome = "rate-budget";
			throw ex;
		}
		catch (PartnerTimeoutException ex) {
			outcome = "timeout";
			throw ex;
		}
		finally {
			record(path, outcome, nonce, System.nanoTime() - started);
		}
	}

	private void takePermit(CallPriority priority) {
		this.rateBudget.acquire(priority);
	}

	private JsonNode post(String path, AigoubaoEnvelope envelope) {
		String url = this.serverAddress.resolve(this.properties.baseUrl()) + path;
		byte[] body;
		try {
			body = this.http.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(envelope.toJson().getBytes(StandardCharsets.UTF_8))
				.exchange((req, response) -> response.getStatusCode().is2xxSuccessful()
						? response.getBody().readAllBytes() : null);
		}
		catch (ResourceAccessException ex) {
			throw unreachable(path, ex);
		}
		catch (RestClientException ex) {
			throw new PartnerUnavailableException("AiGouBao " + path + " failed", ex);
		}
		if (body == null) {
			throw new PartnerUnavailableException("AiGouBao " + path + " answered an HTTP error status", null);
		}
		return parse(path, body);
	}

	private static PartnerUnavailableException unreachable(String path, ResourceAccessException ex) {
		if (hasCause(ex, HttpTimeoutException.class)) {
			return new PartnerTimeoutException("AiGouBao " + path + " did not answer in time", ex);
		}
		if (hasCause(ex, ConnectException.class)) {
			return new ConnectionRefusedException("AiGouBao " + path + " refused the connection", ex);
		}
		return new PartnerUnavailableException("AiGouBao " + path + " is unreachable", ex);
	}

	private static boolean hasCause(Throwable ex, Class<? extends IOException> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode parse(String path, byte[] body) {
		try {
			JsonNode answer = AigoubaoJson.mapper().readTree(body);
			if (answer == null || !answer.isObject() || !answer.path("code").isString()) {
				throw new PartnerUnavailableException("AiGouBao " + path + " answered without a code", null);
			}
			return answer;
		}
		catch (JacksonException ex) {
			throw new PartnerUnavailableException("AiGouBao " + path + " answered something unreadable", ex);
		}
	}

	private static <T> T readData(String path, JsonNode data, JavaType dataType) {
		if (dataType == null || data == null || data.isNull()) {
			return null;
		}
		try {
			return AigoubaoJson.mapper().treeToValue(data, dataType);
		}
		catch (JacksonException ex) {
			throw new PartnerUnavailableException("AiGouBao " + path + " answered unreadable data", ex);
		}
	}

	/** Set by Spring (tests constructing the client themselves may leave it out). */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	void setConfigurationFaults(AigoubaoConfigurationFaults configurationFaults) {
		this.configurationFaults = configurationFaults;
	}

	private void record(String path, String outcome, String nonce, long nanos) {
		if (this.configurationFaults != null && outcome != null) {
			this.configurationFaults.observed(path, outcome);
		}
		Timer.builder(METRIC)
			.tag("partner", PARTNER)
			.tag("endpoint", path)
			.tag("outcome", outcome)
			.register(this.meters)
			.record(nanos, TimeUnit.NANOSECONDS);
		long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
		if (AigoubaoCode.of(outcome).configurationFault()) {
			log.error("AiGouBao {} -> {} in {} ms, nonce {} (configuration fault: check credentials)", path, outcome,
					millis, nonce);
		}
		else {
			log.info("AiGouBao {} -> {} in {} ms, nonce {}", path, outcome, millis, nonce);
		}
	}

	/** The request never reached the partner: safe to send again. */
	static final class ConnectionRefusedException extends PartnerUnavailableException {

		ConnectionRefusedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** The partner may or may not have acted: never resent. */
	static final class PartnerTimeoutException extends PartnerUnavailableException {

		PartnerTimeoutException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
