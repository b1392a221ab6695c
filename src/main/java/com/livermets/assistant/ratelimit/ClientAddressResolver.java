package com.livermets.assistant.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Finds the address of the client that sent a request: the socket's peer, or, only when
 * that peer is a trusted proxy, the nearest untrusted hop in {@code X-Forwarded-For}.
 * Anyone can write that header, so believing it from anyone else would let a client pick
 * its own rate-limit key.
 */
final class ClientAddressResolver {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<IpSubnetFilterRule> trustedProxies;

	/**
	 * @param trustedProxies addresses or CIDR ranges ("10.0.0.0/8"): behind a Kubernetes
	 * ingress the proxies' addresses change with every pod, their range does not
	 */
	ClientAddressResolver(Collection<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(ClientAddressResolver::proxyRule).toList();
	}

	/**
	 * Netty's subnet rule (the server's own library) compares the address bits under the
	 * prefix; the address part is parsed as a literal first, never looked up in DNS.
	 */
	static IpSubnetFilterRule proxyRule(String proxy) {
		String trimmed = proxy.trim();
		int slash = trimmed.indexOf('/');
		Optional<InetAddress> address = parse((slash >= 0) ? trimmed.substring(0, slash) : trimmed);
		String prefix = (slash >= 0) ? trimmed.substring(slash + 1) : "";
		int bits = address.map((literal) -> literal.getAddress().length * 8).orElse(0);
		if (address.isEmpty() || (slash >= 0 && !prefix.matches("\\d{1,3}"))
				|| (slash >= 0 && Integer.parseInt(prefix) > bits)) {
			throw new IllegalArgumentException(
					"assistant.rate-limit.trusted-proxies: '" + proxy + "' is not an IP address or CIDR range");
		}
		return new IpSubnetFilterRule(address.get(), (slash >= 0) ? Integer.parseInt(prefix) : bits,
				IpFilterRuleType.ACCEPT);
	}

	private boolean trusted(InetAddress address) {
		InetSocketAddress socket = new InetSocketAddress(address, 0);
		return this.trustedProxies.stream().anyMatch((proxy) -> proxy.matches(socket));
	}

	Optional<InetAddress> resolve(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return Optional.empty();
		}
		InetAddress client = remote.getAddress();
		if (!trusted(client)) {
			return Optional.of(client);
		}
		List<String> hops = forwardedHops(request);
		for (int i = hops.size() - 1; i >= 0; i--) {
			Optional<InetAddress> hop = parse(hops.get(i));
			if (hop.isEmpty()) {
				// A proxy we trust would not write garbage; keep the last address we can
				// vouch for.
				return Optional.of(client);
			}
			client = hop.get();
			if (!trusted(client)) {
				return Optional.of(client);
			}
		}
		return Optional.of(client);
	}

	private static List<String> forwardedHops(ServerHttpRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : request.getHeaders().getOrEmpty(FORWARDED_FOR)) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.trim());
				}
			}
		}
		return hops;
	}

	/**
	 * Parses an IP literal without ever resolving a name: anything else (a host name,
	 * "999.1.1.1") would make {@link InetAddress#getByName} query DNS on the request
	 * path.
	 */
	static Optional<InetAddress> parse(String literal) {
		try {
			Matcher v4 = IPV4.matcher(literal);
			if (v4.matches()) {
				byte[] octets = new byte[4];
				for (int i = 0; i < 4; i++) {
					int octet = Integer.parseInt(v4.group(i + 1));
					if (octet > 255) {
						return Optional.empty();
					}
					octets[i] = (byte) octet;
				}
				return Optional.of(InetAddress.getByAddress(octets));
			}
			// With a colon the JDK parses an IPv6 literal and never looks the text up.
			if (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches()) {
				return Optional.of(InetAddress.getByName(literal));
			}
		}
		catch (UnknownHostException ex) {
			// not a valid literal
		}
		return Optional.empty();
	}

}
