package com.baolink.partner.qimen;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.baolink.scenefinance.ScenePolicyIssuer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** When issuing itself fails (database down), the platform still gets an answer in its own shape. */
class QimenIssuingFailureTests {

	@Test
	void aFailureWhileIssuingIsAnsweredInThePlatformsShapeNotWithAnErrorPage() throws Exception {
		QimenRequestVerifier verifier = mock(QimenRequestVerifier.class);
		given(verifier.refusal(any(), any())).willReturn(Optional.empty());
		ScenePolicyIssuer issuer = mock(ScenePolicyIssuer.class);
		given(issuer.issue(any())).willThrow(new DataAccessResourceFailureException("database down"));
		MockMvc mvc = MockMvcBuilders
			.standaloneSetup(new QimenIssuingController(new QimenProperties("12345678", "secret"), verifier, issuer))
			.build();

		mvc.perform(post(QimenIssuingController.PATH + "?method=m&app_key=12345678&sign=S")
			.contentType(MediaType.APPLICATION_JSON)
			.content(IssuingRequestParserTests.JSON.writeValueAsBytes(IssuingRequestParserTests.valid())))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.success").value("false"))
			.andExpect(jsonPath("$.errorCode").value(QimenAnswer.SYSTEM_ERROR));
	}

}
