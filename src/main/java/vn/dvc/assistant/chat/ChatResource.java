package vn.dvc.assistant.chat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/chat")
public class ChatResource {

    private final ChatService chat;

    ChatResource(ChatService chat) {
        this.chat = chat;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the assistant", description = "Omit conversationId on the first turn; send the returned one on the next turns.")
    public ChatResponse chat(ChatRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing_body", "send a JSON object such as {\"message\": \"đăng ký hộ kinh doanh cần gì?\"}");
        }
        return chat.webTurn(request.conversationId(), request.message());
    }
}
