package com.livermets.assistant.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressResolverTests {

	private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
		return MockServerHttpRequest.post("/api/chat").remoteAddress(new InetSocketAddress(peer, 40000));
	}

	private static String resolve(ClientAddressResolver resolver, MockServerHttpRequest request) {
		return resolver.resolve(request).orElseThrow().getHostAddress();
	}

	@Test
	void usesTheSocketPeerAndIgnoresForwardedForFromAnUntrustedPeer() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of());
		MockServerHttpRequest spoofed = from("198.51.100.9").header("X-Forwarded-For", "203.0.113.1").build();
		assertThat(resolve(resolver, spoofed)).isEqualTo("198.51.100.9");
	}

	@Test
	void believesForwardedForOnlyFromATrustedProxy() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.2"));
		MockServerHttpRequest viaProxy = from("10.0.0.2").header("X-Forwarded-For", "203.0.113.1").build();
		assertThat(resolve(resolver, viaProxy)).isEqualTo("203.0.113.1");
	}

	@Test
	void takesTheNearestUntrustedHopSoAClientCannotPrependAFakeAddress() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.2", "10.0.0.3"));
		// The client wrote "1.2.3.4" itself; the proxies appended the real address and
		// each other.
		MockServerHttpRequest request = from("10.0.0.2").header("X-Forwarded-For", "1.2.3.4, 203.0.113.1, 10.0.0.3")
			.build();
		assertThat(resolve(resolver, request)).isEqualTo("203.0.113.1");
	}

	@Test
	void trustsEveryProxyInACidrRangeAndNoOneOutsideIt() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.42.0.0/16", "fd00::/8"));
		MockServerHttpRequest viaPod = from("10.42.7.19").header("X-Forwarded-For", "203.0.113.1, 10.42.3.4").build();
		MockServerHttpRequest viaV6 = from("fd00::17").header("X-Forwarded-For", "203.0.113.2").build();
		MockServerHttpRequest outside = from("10.43.0.1").header("X-Forwarded-For", "203.0.113.1").build();
		assertThat(resolve(resolver, viaPod)).isEqualTo("203.0.113.1");
		assertThat(resolve(resolver, viaV6)).isEqualTo("203.0.113.2");
		assertThat(resolve(resolver, outside)).isEqualTo("10.43.0.1");
	}

	@Test
	void refusesProxiesThatAreNotAddressesOrRangesNamingTheKey() {
		for (String bad : List.of("proxy.local", "proxy.local/24", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/x")) {
			assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddressResolver(List.of(bad)))
				.withMessageContaining("assistant.rate-limit.trusted-proxies")
				.withMessageContaining(bad);
		}
	}

	@Test
	void fallsBackToTheProxyWhenItsHeaderIsGarbage() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.2"));
		MockServerHttpRequest request = from("10.0.0.2").header("X-Forwarded-For", "evil.example").build();
		assertThat(resolve(resolver, request)).isEqualTo("10.0.0.2");
	}

	@Test
	void parsesLiteralsWithoutLookingUpNames() {
		assertThat(ClientAddressResolver.parse("203.0.113.1")).isPresent();
		assertThat(ClientAddressResolver.parse("2001:db8::1")).isPresent();
		assertThat(ClientAddressResolver.parse("999.1.1.1")).isEmpty();
		assertThat(ClientAddressResolver.parse("localhost")).isEmpty();
		assertThat(ClientAddressResolver.parse("cafe")).isEmpty();
		assertThat(ClientAddressResolver.parse("")).isEmpty();
	}

}
