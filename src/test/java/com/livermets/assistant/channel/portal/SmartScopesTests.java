package com.livermets.assistant.channel.portal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class SmartScopesTests {

	@ParameterizedTest
	@ValueSource(strings = { "patient/Communication.c", "patient/Communication.cu", "patient/Communication.cr",
			"patient/Communication.crus", "patient/Communication.cruds", "patient/*.c", "patient/*.cruds",
			"patient/Communication.write", "patient/Communication.*", "patient/*.write", "patient/*.*" })
	void acceptsScopesThatAllowCreatingAPatientsCommunication(String scope) {
		assertThat(SmartScopes.allowsCommunicationCreate(scope)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "patient/Communication.r", "patient/Communication.rs", "patient/Communication.ruds",
			"patient/Communication.read", "patient/Communication.uc", "patient/Communication.cc",
			"patient/Communication.", "patient/Communication.c?category=reminder", "user/Communication.c",
			"system/Communication.c", "user/*.write", "patient/Patient.c", "patient/CommunicationRequest.c",
			"Patient/Communication.c", "patient/Communication.C", "launch/patient", "openid", "" })
	void refusesEverythingElse(String scope) {
		assertThat(SmartScopes.allowsCommunicationCreate(scope)).isFalse();
	}

	@Test
	void readsSpaceSeparatedScopeAndScpListClaims() {
		assertThat(SmartScopes.allowsCommunicationCreate(jwt("scope", "  openid   patient/Communication.c "))).isTrue();
		assertThat(SmartScopes.allowsCommunicationCreate(jwt("scp", List.of("openid", "patient/*.write")))).isTrue();
		assertThat(SmartScopes.allowsCommunicationCreate(jwt("scope", "openid patient/Communication.rs"))).isFalse();
		assertThat(SmartScopes.allowsCommunicationCreate(jwt("other", "patient/Communication.c"))).isFalse();
	}

	private static Jwt jwt(String claim, Object value) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim(claim, value)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
	}

}
