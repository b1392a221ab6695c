package com.livermets.assistant.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.LastHttpContent;
import reactor.netty.NettyPipeline;
import reactor.netty.channel.ChannelOperations;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;

/**
 * Works around a Reactor Netty 1.3 defect (reactor-netty issue 4361) that made keep-alive
 * connections go quiet.
 *
 * <p>
 * When a request arrives before the previous response's operations have ended, Reactor
 * Netty queues it with its trailing end-of-request marker. If the queued request is then
 * answered synchronously while the queue is drained, the marker is delivered after that
 * request has ended, to nobody, and the drain returns without asking the socket for more:
 * the connection's next request is never read. This handler, placed right after Reactor
 * Netty's traffic handler, asks for the next read whenever an end-of-request marker
 * arrives with no request in progress. Where Reactor Netty asks itself, the extra read is
 * a no-op.
 *
 * <p>
 * Remove it once the Reactor Netty in use re-arms the read itself;
 * {@code KeepAliveIntegrationTests} shows when.
 */
@ChannelHandler.Sharable
final class PipelinedReadResumer extends ChannelInboundHandlerAdapter implements NettyServerCustomizer {

	static final String NAME = "assistant.pipelinedReadResumer";

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, address) -> {
			if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
				channel.pipeline().addAfter(NettyPipeline.HttpTrafficHandler, NAME, this);
			}
		});
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		boolean orphaned = msg instanceof LastHttpContent && ChannelOperations.get(ctx.channel()) == null;
		ctx.fireChannelRead(msg);
		if (orphaned) {
			ctx.read();
		}
	}

}
