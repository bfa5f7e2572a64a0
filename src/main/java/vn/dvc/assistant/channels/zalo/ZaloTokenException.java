package vn.dvc.assistant.channels.zalo;

/** No usable access token: none stored, or Zalo refused the refresh. The message never holds a token. */
class ZaloTokenException extends RuntimeException {

    ZaloTokenException(String message) {
        super(message, null, false, false);
    }
}
