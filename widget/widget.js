/*
 * Trợ lý thủ tục hành chính: the chat widget for portal websites.
 *
 *   <script src="https://ASSISTANT_HOST/widget.js" defer></script>
 *
 * Optional attributes on that tag (docs/widget.md): data-title, data-greeting, data-primary-color,
 * data-position (bottom-right | bottom-left), data-api-base (default: this script's origin), data-retention
 * (default: the server's, from /api/v1/privacy), data-starters ("Question|Question"), data-offset-bottom,
 * data-offset-side, data-open, data-label, data-theme (auto | light | dark).
 *
 * It has to live on pages we do not control, so: everything sits in one shadow root (the page's CSS
 * cannot reach in, ours cannot leak out), the only global is window.DvcAssistant, and nothing is fetched
 * from anywhere but the assistant's own API. Text from the server or the citizen is only ever set with
 * textContent or as text nodes, never parsed as HTML.
 */
(() => {
  'use strict';

  // Included twice on one page: the first copy stays in charge.
  if (window.DvcAssistant) return;

  const TEXT = {
    title: 'Trợ lý thủ tục hành chính',
    greeting: 'Xin chào! Tôi là trợ lý ảo, trả lời 24/7 về thủ tục hành chính: hồ sơ cần chuẩn bị, nơi nộp, ' +
      'lệ phí, thời gian giải quyết, cách nộp trực tuyến, kèm nguồn chính thức. Anh/chị chọn một thủ tục ' +
      'dưới đây hoặc nhập câu hỏi.',
    open: 'Mở trợ lý',
    close: 'Đóng trợ lý',
    newConversation: 'Cuộc trò chuyện mới',
    expand: 'Mở rộng khung trò chuyện',
    copy: 'Sao chép câu trả lời',
    copied: 'Đã sao chép.',
    print: 'In câu trả lời',
    starters: 'Thủ tục thường gặp',
    conversation: 'Nội dung trò chuyện',
    inputLabel: 'Câu hỏi của anh/chị',
    placeholder: 'Nhập câu hỏi...',
    send: 'Gửi',
    you: 'Anh/chị: ',
    assistant: 'Trợ lý: ',
    typing: 'Đang trả lời...',
    loading: 'Đang tải cuộc trò chuyện...',
    sources: 'Nguồn',
    call: ' (gọi điện)',
    newTab: ' (mở trong thẻ mới)',
    suggestions: 'Gợi ý câu hỏi',
    rateQuestion: 'Câu trả lời có hữu ích không?',
    useful: 'Hữu ích',
    notUseful: 'Không hữu ích',
    commentLabel: 'Góp ý thêm (không bắt buộc)',
    sendFeedback: 'Gửi góp ý',
    thanks: 'Cảm ơn anh/chị đã góp ý.',
    voted: 'Đã ghi nhận đánh giá. ',
    feedbackFailed: 'Chưa gửi được góp ý, anh/chị bấm lại giúp nhé.',
    unreachable: 'Không kết nối được máy chủ. Anh/chị vui lòng thử lại sau giây lát.',
    retry: 'Thử lại',
    refused: 'Xin lỗi, tôi chưa xử lý được câu hỏi này. Anh/chị thử diễn đạt lại ngắn gọn hơn nhé.',
    stored: (period) => period
      ? `Cuộc trò chuyện được lưu ${period} để cải thiện dịch vụ.`
      : 'Cuộc trò chuyện được lưu lại để cải thiện dịch vụ.',
  };

  const DEFAULT_COLOR = '#0b5cab';
  // No period is promised unless the page or the server says which one applies.
  const DEFAULT_RETENTION = '';
  // The server refuses longer messages and comments (assistant.chat.max-message-length, Feedback.comment).
  const MAX_MESSAGE = 1000;
  const MAX_COMMENT = 500;
  // Past this the citizen is better served by a retry button than by a spinner.
  const REQUEST_TIMEOUT_MS = 20000;
  const CONVERSATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  // Web addresses, and the hotlines and phone numbers written in guides: "1800 1096", "1900 9254", "028 3829 1234".
  const LINK_IN_TEXT = /https?:\/\/[^\s<>"')]+|(?<![\d.,])(?:1[89]00(?:[ .]?\d){4,6}|0\d{2}(?:[ .]?\d){7,8})(?![\d.,]\d|\d)/g;
  const REFUSED_HINT = (api) => `DvcAssistant: ${api} answers, but refuses requests from this page (${location.origin}). ` +
    'Add this origin to ASSISTANT_CORS_ORIGINS on the assistant (docs/widget.md, "CORS").';

  const ICONS = {
    chat: 'M6 4h12a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-5 4v-4H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
    close: 'M6 6l12 12M18 6L6 18',
    plus: 'M12 5v14M5 12h14',
    thumb: 'M7 11v9H4v-9h3zm0 0l4-7c1.3 0 2.3 1 2 2.4L12.5 10H18a2 2 0 0 1 2 2.3l-1.2 6A2 2 0 0 1 16.8 20H7',
    expand: 'M4 14v6h6M20 10V4h-6M4 20l7-7M20 4l-7 7',
    copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
    print: 'M6 9V3h12v6M6 18H4v-7h16v7h-2M6 14h12v7H6z',
  };

  // Colours are variables so that the dark theme only redefines them; --b is the launcher's distance from the
  // bottom, --s from the side (data-offset-*), both clear of a phone's safe-area insets.
  const STYLE = `
:host{all:initial!important;display:block!important;position:static!important}
.root{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
  --p:${DEFAULT_COLOR};--bg:#fff;--bg2:#f7f8fa;--fg:#1f2937;--mute:#4b5563;--line:#e3e6ea;--edge:#9ca3af;--soft:#eef4fb;
  --b:20px;--s:20px;color:var(--fg);-webkit-text-size-adjust:100%}
.dark{--bg:#1f2430;--bg2:#151922;--fg:#e5e7eb;--mute:#b6bcc8;--line:#343b4a;--edge:#6b7280;--soft:#263247;color-scheme:dark}
*,*::before,*::after{box-sizing:border-box}
button,input{font:inherit;color:inherit;margin:0}
button{cursor:pointer}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.i{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.launcher{position:fixed;right:calc(var(--s) + env(safe-area-inset-right,0px));bottom:calc(var(--b) + env(safe-area-inset-bottom,0px));
  z-index:2147483000;min-width:60px;height:60px;padding:0 16px;border:0;border-radius:30px;
  background:var(--p);color:#fff;display:flex;align-items:center;justify-content:center;gap:8px;font-weight:600;
  box-shadow:0 4px 14px rgba(0,0,0,.3)}
.launcher .i{width:28px;height:28px;flex:none}
.left .launcher{left:calc(var(--s) + env(safe-area-inset-left,0px));right:auto}
.panel{position:fixed;right:calc(var(--s) + env(safe-area-inset-right,0px));bottom:calc(var(--b) + 72px + env(safe-area-inset-bottom,0px));
  z-index:2147483000;width:380px;max-width:calc(100vw - 40px);
  height:600px;max-height:calc(100vh - var(--b) - 92px);display:flex;flex-direction:column;background:var(--bg);
  border-radius:12px;overflow:hidden;box-shadow:0 10px 40px rgba(0,0,0,.3);animation:dvc-in .18s ease-out}
.wide .panel{width:720px;height:calc(100vh - var(--b) - 112px);max-height:860px}
.left .panel{left:calc(var(--s) + env(safe-area-inset-left,0px));right:auto}
.panel[hidden]{display:none}
@keyframes dvc-in{from{opacity:0;transform:translateY(10px)}}
.head{display:flex;align-items:center;gap:4px;padding:10px 8px 10px 16px;background:var(--p);color:#fff}
.title{flex:1;margin:0;font-size:16px;font-weight:600;line-height:1.3}
.icon-button{width:40px;height:40px;border:0;border-radius:8px;background:transparent;color:inherit;
  display:flex;align-items:center;justify-content:center}
.icon-button:hover,.icon-button[aria-pressed=true]{background:rgba(255,255,255,.18)}
.log{position:relative;flex:1;overflow-y:auto;padding:14px 12px;background:var(--bg2);overscroll-behavior:contain}
.msg{display:flex;flex-direction:column;margin:0 0 12px}
.user{align-items:flex-end}
.bubble{max-width:88%;padding:9px 12px;border-radius:14px;overflow-wrap:anywhere}
.wide .bubble{max-width:94%}
.user .bubble{background:var(--p);color:#fff;border-bottom-right-radius:4px;white-space:pre-wrap}
.bot .bubble{background:var(--bg);border:1px solid var(--line);border-bottom-left-radius:4px}
.bubble h3{margin:0 0 8px;font-size:16px;line-height:1.35}
.bubble p{margin:0 0 6px}
.bubble p:last-child{margin-bottom:0}
.bubble ul,.bubble ol{margin:4px 0 8px;padding-left:22px}
.bubble li{margin:3px 0}
.bubble a{color:inherit;text-decoration:underline;text-decoration-color:var(--p);text-underline-offset:2px}
time{font-size:11px;color:var(--mute);margin:2px 4px 0}
.card{display:block;margin-top:10px;padding:8px 10px;border:1px solid var(--line);border-left:4px solid var(--p);border-radius:8px;
  background:var(--bg2);font-size:13px}
.card b{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--mute)}
.card small{display:block;color:var(--mute)}
.error .bubble{background:#fff4f4;border-color:#f3c4c4;color:#1f2937}
.retry,.feedback-send{margin-top:8px;min-height:36px;padding:6px 14px;border:1px solid var(--p);border-radius:18px;background:var(--p);color:#fff}
.feedback{display:flex;align-items:center;flex-wrap:wrap;gap:4px;margin-top:4px;font-size:13px;color:var(--mute)}
.rate,.act{width:36px;height:36px;border:1px solid var(--line);border-radius:50%;background:var(--bg);color:var(--mute);
  display:flex;align-items:center;justify-content:center}
.rate .i,.act .i{width:18px;height:18px}
.act{border-radius:8px}
.acts{margin-left:auto;display:flex;gap:4px}
.rate:hover,.act:hover{border-color:var(--p);color:var(--fg)}
.rate[aria-pressed=true]{background:var(--p);border-color:var(--p);color:#fff;opacity:1}
.down .i{transform:rotate(180deg)}
.comment{display:flex;gap:6px;align-items:center;width:100%}
.comment input{flex:1;min-width:0;min-height:36px;padding:6px 10px;border:1px solid var(--edge);border-radius:18px;background:var(--bg)}
.comment .feedback-send{margin:0}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px}
.chip{min-height:36px;padding:6px 12px;border:1px solid var(--p);border-radius:18px;background:var(--bg);color:var(--fg);text-align:left}
.chip:hover{background:var(--soft)}
.chip:disabled,.send:disabled,.rate:disabled{opacity:.55;cursor:default}
.rate[aria-pressed=true]:disabled{opacity:1}
.dots{display:inline-flex;gap:4px;padding:4px 0}
.dots i{width:7px;height:7px;border-radius:50%;background:var(--edge);animation:dvc-blink 1.2s infinite ease-in-out}
.dots i:nth-child(2){animation-delay:.2s}
.dots i:nth-child(3){animation-delay:.4s}
@keyframes dvc-blink{0%,80%,100%{opacity:.3}40%{opacity:1}}
.composer{display:flex;gap:8px;padding:10px 12px 6px;border-top:1px solid var(--line);background:var(--bg)}
.input{flex:1;min-width:0;min-height:44px;padding:10px 14px;border:1px solid var(--edge);border-radius:22px;background:var(--bg);font-size:16px}
.send{min-height:44px;padding:0 18px;border:0;border-radius:22px;background:var(--p);color:#fff;font-weight:600}
.notice{margin:0;padding:0 12px 8px;background:var(--bg);font-size:12px;color:var(--mute)}
.print{position:fixed;width:0;height:0;border:0;visibility:hidden}
@media (max-width:480px){
  .panel,.left .panel,.wide .panel{left:0;right:0;top:0;bottom:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0;
    padding:env(safe-area-inset-top,0px) env(safe-area-inset-right,0px) env(safe-area-inset-bottom,0px) env(safe-area-inset-left,0px)}
  .open .launcher,.expand{display:none}
  .icon-button,.rate,.act{width:44px;height:44px}
  .chip,.retry,.feedback-send,.comment input{min-height:44px}
}
@media (prefers-reduced-motion:reduce){
  .panel,.dots i{animation:none}
}`;

  const script = document.currentScript ||
    Array.from(document.querySelectorAll('script[src]')).find((s) => /\/widget(\/[\w-]+)?\.js([?#]|$)/.test(s.src));
  const data = (script && script.dataset) || {};

  const config = {
    title: data.title || TEXT.title,
    greeting: data.greeting || TEXT.greeting,
    ownGreeting: Boolean(data.greeting),
    color: data.primaryColor && CSS.supports('color', data.primaryColor) ? data.primaryColor : DEFAULT_COLOR,
    left: /left/.test(data.position || ''),
    apiBase: apiBase(),
    retention: data.retention || DEFAULT_RETENTION,
    starters: (data.starters || '').split('|').map((t) => t.trim()).filter(Boolean),
    offsetBottom: length(data.offsetBottom),
    offsetSide: length(data.offsetSide),
    openOnLoad: data.open != null && data.open !== 'false',
    label: data.label || '',
    theme: /^(light|dark)$/.test(data.theme || '') ? data.theme : 'auto',
  };

  // "80" is pixels; any other CSS length ("5rem") is taken as it is, anything else ignored.
  function length(value) {
    if (!value) return null;
    const css = /^\d+(\.\d+)?$/.test(value.trim()) ? value.trim() + 'px' : value.trim();
    return CSS.supports('width', css) ? css : null;
  }

  function apiBase() {
    if (data.apiBase) return new URL(data.apiBase, location.href).href.replace(/\/+$/, '');
    return script ? new URL(script.src, location.href).origin : location.origin;
  }

  // Browsers may refuse storage (privacy modes, blocked cookies); the widget then simply forgets.
  const CONVERSATION_KEY = 'dvcAssistant.conversation:' + config.apiBase;
  const OPEN_KEY = 'dvcAssistant.open';
  function storage(kind) {
    try { return window[kind]; } catch (e) { return null; }
  }
  function read(kind, key) {
    try { return storage(kind).getItem(key); } catch (e) { return null; }
  }
  function write(kind, key, value) {
    try {
      if (value == null) storage(kind).removeItem(key); else storage(kind).setItem(key, value);
    } catch (e) { /* storage refused: nothing to keep */ }
  }
  function conversationId() {
    const id = read('localStorage', CONVERSATION_KEY);
    return id && CONVERSATION_ID.test(id) ? id : null;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value);
    }
    node.append(...children.filter((c) => c != null)); // strings become text nodes, never markup
    return node;
  }

  function icon(path, className) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'i' + (className ? ' ' + className : ''));
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    shape.setAttribute('d', path);
    svg.append(shape);
    return svg;
  }

  // A page whose origin the API refuses (CORS) sees the same failure as an outage; the webmaster is told which.
  let refusalExplained = false;
  async function explainFailure() {
    if (refusalExplained) return;
    try {
      await fetch(config.apiBase + '/q/health/live', { mode: 'no-cors', credentials: 'omit' });
      refusalExplained = true;
      console.error(REFUSED_HINT(config.apiBase));
    } catch (e) { /* unreachable indeed */ }
  }

  async function request(path, body) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(config.apiBase + path, {
        method: body ? 'POST' : 'GET',
        headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'omit',
        signal: abort.signal,
      }).catch((e) => { if (e.name !== 'AbortError') explainFailure(); throw e; });
      const json = await response.json().catch(() => null);
      // A 5xx is the server's trouble, not the citizen's: offer a retry as for a dead network.
      if (response.status >= 500) throw new Error('server error ' + response.status);
      return { status: response.status, body: json };
    } finally {
      clearTimeout(timer);
    }
  }

  // ---- The page structure ----------------------------------------------------------------------

  const host = el('dvc-assistant');
  // Open, not closed: a closed root would not stop the page's scripts (they could replace ours anyway)
  // but would keep assistive tooling and our browser tests out.
  const shadow = host.attachShadow({ mode: 'open' });
  // Escape closes from anywhere in the widget, the launcher included.
  const root = el('div', {
    class: 'root' + (config.left ? ' left' : ''),
    onkeydown: (event) => { if (event.key === 'Escape' && !panel.hidden) close(); else trapFocus(event); },
  });
  root.style.setProperty('--p', config.color);
  if (config.offsetBottom) root.style.setProperty('--b', config.offsetBottom);
  if (config.offsetSide) root.style.setProperty('--s', config.offsetSide);
  // data-theme="auto" (the default) follows the citizen's system setting, and its changes.
  const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
  const applyTheme = () => root.classList.toggle('dark', config.theme === 'dark' || (config.theme === 'auto' && darkScheme.matches));
  applyTheme();
  if (darkScheme.addEventListener) darkScheme.addEventListener('change', applyTheme);
  const phone = window.matchMedia('(max-width: 480px)');

  const launcher = el('button', {
    type: 'button', class: 'launcher', 'aria-label': TEXT.open, title: TEXT.open,
    'aria-expanded': 'false', 'aria-controls': 'dvc-panel', onclick: () => (panel.hidden ? open(true) : close()),
  });
  const launcherLabel = config.label ? el('span', { class: 'launcher-label' }, config.label) : null;
  function showLauncher(path, withLabel) {
    launcher.replaceChildren(...[icon(path), withLabel && launcherLabel].filter(Boolean));
  }
  showLauncher(ICONS.chat, true);
  const expandButton = el('button', {
    type: 'button', class: 'icon-button expand', 'aria-label': TEXT.expand, title: TEXT.expand, 'aria-pressed': 'false',
    onclick: () => expandButton.setAttribute('aria-pressed', String(root.classList.toggle('wide'))),
  }, icon(ICONS.expand));
  const newButton = el('button', {
    type: 'button', class: 'icon-button', 'aria-label': TEXT.newConversation, title: TEXT.newConversation,
    onclick: () => startAfresh(),
  }, icon(ICONS.plus));
  const closeButton = el('button', {
    type: 'button', class: 'icon-button', 'aria-label': TEXT.close, title: TEXT.close, onclick: () => close(),
  }, icon(ICONS.close));
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': TEXT.conversation });
  const input = el('input', {
    type: 'text', class: 'input', 'aria-label': TEXT.inputLabel, placeholder: TEXT.placeholder,
    maxlength: String(MAX_MESSAGE), autocomplete: 'off', enterkeyhint: 'send',
  });
  const sendButton = el('button', { type: 'submit', class: 'send' }, TEXT.send);
  const composer = el('form', { class: 'composer', onsubmit: onSubmit }, input, sendButton);
  const notice = el('p', { class: 'notice' }, TEXT.stored(config.retention));
  const panel = el('section', {
    id: 'dvc-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'dvc-title', hidden: '',
  },
  el('div', { class: 'head' }, el('h2', { id: 'dvc-title', class: 'title' }, config.title), expandButton, newButton, closeButton),
  log,
  composer,
  notice);

  // Printing an answer happens in this frame, so that the portal page itself is not printed.
  const printFrame = el('iframe', { class: 'print', title: TEXT.print, 'aria-hidden': 'true', tabindex: '-1' });
  root.append(launcher, panel, printFrame);
  shadow.append(el('style', {}, STYLE), root);

  // ---- Opening and closing ---------------------------------------------------------------------

  let started = false;
  let busy = false;
  let epoch = 0;

  function open(byCitizen) {
    panel.hidden = false;
    root.classList.add('open');
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', TEXT.close);
    launcher.title = TEXT.close;
    showLauncher(ICONS.close, false);
    write('sessionStorage', OPEN_KEY, '1');
    lockPage(phone.matches);
    if (!started) {
      started = true;
      const id = conversationId();
      greet();
      if (id) loadHistory(id); else showStarters();
      if (!data.retention) showServerNotice();
    }
    // Reopened by itself on the next page: do not pull focus away from what the citizen is doing there.
    if (byCitizen) input.focus();
  }

  // The server knows the retention it applies; the neutral line stays if it cannot say.
  async function showServerNotice() {
    try {
      const reply = await request('/api/v1/privacy');
      if (reply.status === 200 && reply.body && typeof reply.body.notice === 'string') notice.textContent = reply.body.notice;
    } catch (e) { /* offline or refused: keep the neutral line */ }
  }

  function close() {
    panel.hidden = true;
    root.classList.remove('open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', TEXT.open);
    launcher.title = TEXT.open;
    showLauncher(ICONS.chat, true);
    write('sessionStorage', OPEN_KEY, '0');
    lockPage(false);
    launcher.focus();
  }

  // On a phone the panel covers the page: the page must not scroll behind it, nor take the focus (see trapFocus).
  let pageOverflow = null;
  function lockPage(lock) {
    const page = document.documentElement.style;
    if (lock && pageOverflow == null) {
      pageOverflow = [page.getPropertyValue('overflow'), page.getPropertyPriority('overflow')];
      page.setProperty('overflow', 'hidden', 'important');
    } else if (!lock && pageOverflow != null) {
      page.setProperty('overflow', pageOverflow[0], pageOverflow[1]);
      pageOverflow = null;
    }
    if (lock) panel.setAttribute('aria-modal', 'true'); else panel.removeAttribute('aria-modal');
  }
  phone.addEventListener && phone.addEventListener('change', () => { if (!panel.hidden) lockPage(phone.matches); });

  function trapFocus(event) {
    if (event.key !== 'Tab' || panel.hidden || !phone.matches) return;
    const focusable = Array.from(panel.querySelectorAll('button, input, a[href]')).filter((n) => !n.disabled && n.getClientRects().length);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = shadow.activeElement;
    if (event.shiftKey ? active === first || !panel.contains(active) : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  function startAfresh() {
    epoch++; // replies still on their way belong to the old conversation
    setBusy(false);
    write('localStorage', CONVERSATION_KEY, null);
    log.replaceChildren();
    greet();
    showStarters();
    input.focus();
  }

  // ---- Messages --------------------------------------------------------------------------------

  // The greeting shown on the empty panel; the server's words for its province replace the built-in ones.
  let greeting = null;

  function greet() {
    greeting = el('p', {}, config.greeting);
    log.append(el('div', { class: 'msg bot' }, el('div', { class: 'bubble' }, greeting), stamp()));
  }

  // The empty panel offers the featured procedures (the page's own, data-starters, or the server's) under the
  // greeting (the page's own, data-greeting, or the server's, which names the province it serves).
  async function showStarters() {
    const asked = epoch;
    let choices = config.starters.map((text) => ({ label: text, message: text }));
    if (!choices.length || !config.ownGreeting) {
      try {
        const reply = await request('/api/v1/starters');
        const body = reply.status === 200 && reply.body;
        if (body && !choices.length && Array.isArray(body.choices)) choices = body.choices;
        if (body && typeof body.greeting === 'string' && body.greeting && !config.ownGreeting && asked === epoch && greeting) {
          greeting.textContent = body.greeting;
        }
      } catch (e) { /* offline: the citizen can still type */ }
    }
    // Not once the citizen has asked something, or started afresh, meanwhile.
    if (asked === epoch && !log.querySelector('.user, .chips')) showChoices(choices, TEXT.starters);
  }

  function showChoices(choices, label) {
    const usable = choices.filter((c) => c && typeof c.message === 'string' && c.message);
    if (!usable.length) return;
    log.append(el('div', { class: 'chips', role: 'group', 'aria-label': label },
      ...usable.map((c) => {
        const shown = String(c.label || c.message);
        const chip = el('button', { type: 'button', class: 'chip', onclick: () => { input.focus(); ask(c.message, true); } }, shown);
        if (shown !== c.message) chip.title = c.message; // the short label's full name
        return chip;
      })));
  }

  // The time a message was sent or received: now, or as the server stored it.
  function stamp(at) {
    const when = at ? new Date(at) : new Date();
    if (isNaN(when)) return null;
    const text = when.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
    return el('time', { datetime: when.toISOString() }, text);
  }

  function showCitizen(text, at) {
    const message = el('div', { class: 'msg user' }, el('span', { class: 'sr' }, TEXT.you), el('div', { class: 'bubble' }, text), stamp(at));
    log.append(message);
    log.scrollTop = log.scrollHeight;
  }

  function showReply(reply, latest, at) {
    const bubble = el('div', { class: 'bubble' }, el('span', { class: 'sr' }, TEXT.assistant));
    if (typeof reply.title === 'string' && reply.title) bubble.append(el('h3', {}, reply.title));
    bubble.append(Array.isArray(reply.blocks) && reply.blocks.length ? blocks(reply.blocks) : paragraphs(reply.text || ''));
    const sources = Array.isArray(reply.sources) ? reply.sources : [];
    sources.forEach((source) => bubble.append(sourceCard(source)));
    const message = el('div', { class: 'msg bot' }, bubble);
    if (reply.type === 'answer') {
      // An answer not stored (the database was down) has no turn to rate, but can still be copied and printed.
      const row = Number.isInteger(reply.turn) ? feedbackRow(reply.turn) : el('div', { class: 'feedback' });
      row.append(actions(reply, sources));
      message.append(row);
    }
    const time = stamp(at);
    if (time) message.append(time);
    log.append(message);
    if (latest) {
      const choices = Array.isArray(reply.choices) ? reply.choices
        : (reply.quickReplies || []).map((text) => ({ label: text, message: text }));
      showChoices(choices, TEXT.suggestions);
    }
    // Show the question and the start of a long answer, not the answer's end.
    const question = message.previousElementSibling;
    log.scrollTop = (question && question.classList.contains('user') ? question : message).offsetTop - 8;
  }

  // The structure the server computed: paragraphs, lists and numbered steps, all as text nodes.
  function blocks(list) {
    const fragment = document.createDocumentFragment();
    for (const block of list) {
      if (!block) continue;
      if (Array.isArray(block.items)) {
        const items = el(block.kind === 'steps' ? 'ol' : 'ul');
        block.items.forEach((item) => items.append(withLead(el('li'), String(item))));
        fragment.append(items);
      } else if (typeof block.text === 'string') {
        fragment.append(withLinks(el('p'), block.text));
      }
    }
    return fragment;
  }

  function paragraphs(text) {
    const fragment = document.createDocumentFragment();
    String(text).split('\n').map((line) => line.trim()).filter(Boolean).forEach((line) => fragment.append(withLinks(el('p'), line)));
    return fragment;
  }

  // "Thời hạn: 03 ngày làm việc": the short lead before the colon is what the eye looks for, so it is bold.
  function withLead(node, text) {
    const lead = /^([^:]{2,40}):\s/.exec(text);
    if (!lead || /https?$/.test(lead[1])) return withLinks(node, text);
    node.append(el('strong', {}, lead[1] + ':'));
    return withLinks(node, text.slice(lead[1].length + 1));
  }

  function withLinks(node, text) {
    let from = 0;
    for (const match of text.matchAll(LINK_IN_TEXT)) {
      const found = match[0].replace(/[.,;:!?]+$/, '');
      const phone = !/^http/.test(found);
      node.append(text.slice(from, match.index), phone ? telephone(found) : link(found, found));
      from = match.index + found.length;
    }
    node.append(text.slice(from));
    return node;
  }

  function telephone(number) {
    return el('a', { href: 'tel:' + number.replace(/\D/g, '') }, number, el('span', { class: 'sr' }, TEXT.call));
  }

  // Only web addresses become links: a javascript: or data: URL from anywhere stays plain text.
  function link(href, label, className) {
    let url;
    try { url = new URL(href); } catch (e) { return document.createTextNode(label); }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return document.createTextNode(label);
    return el('a', { href: url.href, target: '_blank', rel: 'noopener', class: className || '' }, label, el('span', { class: 'sr' }, TEXT.newTab));
  }

  // The official source as a card: what it is, where it is.
  function sourceCard(source) {
    const url = String(source.url || '');
    let host = '';
    try { host = new URL(url).hostname; } catch (e) { /* shown without its host */ }
    return el('div', { class: 'card sources' }, el('b', {}, TEXT.sources), link(url, String(source.title || url)), host ? el('small', {}, host) : null);
  }

  // ---- Copy and print --------------------------------------------------------------------------

  function plainText(reply, sources) {
    return [String(reply.text || '').trim(), ...sources.map((s) => TEXT.sources + ': ' + s.title + ' ' + s.url)].join('\n\n');
  }

  function actions(reply, sources) {
    const status = el('span', { class: 'sr', role: 'status' });
    const copy = el('button', { type: 'button', class: 'act copy', 'aria-label': TEXT.copy, title: TEXT.copy }, icon(ICONS.copy));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(plainText(reply, sources));
        status.textContent = TEXT.copied;
      } catch (e) { status.textContent = ''; }
    });
    const print = el('button', { type: 'button', class: 'act print-answer', 'aria-label': TEXT.print, title: TEXT.print,
      onclick: () => printAnswer(reply, sources) }, icon(ICONS.print));
    return el('span', { class: 'acts' }, copy, print, status);
  }

  function printAnswer(reply, sources) {
    const page = printFrame.contentDocument;
    const style = page.createElement('style');
    style.textContent = 'body{font:14pt/1.5 Georgia,serif;margin:2cm}h1{font-size:16pt}p{margin:0 0 .6em;white-space:pre-wrap}';
    const body = page.body || page.documentElement.appendChild(page.createElement('body'));
    const heading = page.createElement('h1');
    heading.textContent = config.title;
    const text = page.createElement('p');
    text.textContent = plainText(reply, sources);
    (page.head || body).replaceChildren(style);
    body.replaceChildren(heading, text);
    printFrame.contentWindow.print();
  }

  function showTyping(label) {
    const typing = el('div', { class: 'msg bot typing', role: 'status' },
      el('div', { class: 'bubble' }, el('span', { class: 'dots', 'aria-hidden': 'true' }, el('i'), el('i'), el('i')),
        el('span', { class: 'sr' }, label)));
    log.append(typing);
    log.scrollTop = log.scrollHeight;
    return typing;
  }

  function showProblem(text, retry) {
    const problem = el('div', { class: 'msg bot error', role: 'alert' }, el('div', { class: 'bubble' }, el('p', {}, text)));
    if (retry) {
      problem.firstChild.append(el('button', {
        type: 'button', class: 'retry', onclick: () => { problem.remove(); input.focus(); retry(); },
      }, TEXT.retry));
    }
    log.append(problem);
    log.scrollTop = log.scrollHeight;
  }

  function setBusy(value) {
    busy = value;
    sendButton.disabled = value;
    log.setAttribute('aria-busy', String(value));
    log.querySelectorAll('.chip').forEach((chip) => { chip.disabled = value; });
  }

  // ---- Talking to the server -------------------------------------------------------------------

  function onSubmit(event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    ask(text, true);
  }

  async function ask(text, showQuestion) {
    if (busy) return;
    const asked = epoch;
    log.querySelectorAll('.chips, .error').forEach((node) => node.remove());
    if (showQuestion) showCitizen(text);
    setBusy(true);
    const typing = showTyping(TEXT.typing);
    let reply = null;
    try {
      reply = await request('/api/v1/chat', { conversationId: conversationId() || undefined, message: text });
      if (reply.status === 404 && conversationId()) {
        // The stored conversation is gone (deleted after its retention period): carry on in a new one.
        write('localStorage', CONVERSATION_KEY, null);
        reply = await request('/api/v1/chat', { message: text });
      }
    } catch (e) {
      reply = null; // unreachable, timed out or a server error
    }
    if (asked !== epoch) return; // the citizen started a new conversation meanwhile
    typing.remove();
    setBusy(false);
    if (!reply) {
      showProblem(TEXT.unreachable, () => ask(text, false));
    } else if (reply.status === 200 && reply.body) {
      write('localStorage', CONVERSATION_KEY, reply.body.conversationId);
      showReply(reply.body, true);
    } else {
      showProblem(TEXT.refused, null); // the same text would be refused again: no retry
    }
  }

  async function loadHistory(id) {
    const asked = epoch;
    setBusy(true);
    const loading = showTyping(TEXT.loading);
    let history = null;
    try {
      history = await request('/api/v1/conversations/' + encodeURIComponent(id));
    } catch (e) {
      history = null;
    }
    if (asked !== epoch) return;
    loading.remove();
    setBusy(false);
    if (!history) {
      showProblem(TEXT.unreachable, () => loadHistory(id));
    } else if (history.status === 200 && history.body && Array.isArray(history.body.turns)) {
      const turns = history.body.turns;
      turns.forEach((turn, i) => {
        showCitizen(turn.message, turn.createdAt);
        showReply(turn, i === turns.length - 1, turn.createdAt);
      });
      if (!turns.length) showStarters();
    } else {
      write('localStorage', CONVERSATION_KEY, null); // unknown or expired: the next question starts afresh
    }
  }

  // ---- Feedback, once per answer ---------------------------------------------------------------

  // A thumb is recorded the moment it is pressed and stays shown as chosen; after a thumb down the citizen may
  // say why, and that comment is added to the rating already stored.
  function feedbackRow(turn) {
    const row = el('div', { class: 'feedback' });
    const question = el('span', {}, TEXT.rateQuestion);
    const up = thumb('rate up', TEXT.useful);
    const down = thumb('rate down', TEXT.notUseful);
    up.addEventListener('click', () => rate(row, question, [up, down], up, turn, true));
    down.addEventListener('click', () => rate(row, question, [up, down], down, turn, false));
    row.append(question, up, down);
    return row;
  }

  function thumb(className, label) {
    return el('button', { type: 'button', class: className, 'aria-label': label, title: label, 'aria-pressed': 'false' }, icon(ICONS.thumb));
  }

  async function rate(row, question, thumbs, chosen, turn, useful) {
    thumbs.forEach((b) => { b.disabled = true; });
    row.querySelectorAll('.feedback-error').forEach((n) => n.remove());
    try {
      const result = await request('/api/v1/feedback', { conversationId: conversationId(), turn, useful });
      // 409: this answer was already rated (say, before a reload); the citizen's opinion is on record.
      if (result.status !== 201 && result.status !== 409) throw new Error('feedback refused ' + result.status);
      chosen.setAttribute('aria-pressed', 'true');
      question.textContent = useful || result.status === 409 ? TEXT.thanks : TEXT.voted;
      question.setAttribute('role', 'status');
      if (!useful && result.status === 201) row.append(commentForm(row, question, turn));
    } catch (e) {
      thumbs.forEach((b) => { b.disabled = false; });
      row.append(el('span', { class: 'feedback-error', role: 'alert' }, TEXT.feedbackFailed));
    }
  }

  function commentForm(row, question, turn) {
    const comment = el('input', {
      type: 'text', 'aria-label': TEXT.commentLabel, placeholder: TEXT.commentLabel, maxlength: String(MAX_COMMENT),
    });
    const send = el('button', { type: 'submit', class: 'feedback-send' }, TEXT.sendFeedback);
    const form = el('form', { class: 'comment' }, comment, send);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = comment.value.trim();
      if (!text) return;
      send.disabled = true;
      try {
        const result = await request('/api/v1/feedback/comment', { conversationId: conversationId(), turn, comment: text });
        if (result.status !== 200 && result.status !== 409) throw new Error('comment refused ' + result.status);
        form.remove();
        question.textContent = TEXT.thanks;
        input.focus();
      } catch (e) {
        send.disabled = false;
        if (!row.querySelector('.feedback-error')) row.append(el('span', { class: 'feedback-error', role: 'alert' }, TEXT.feedbackFailed));
      }
    });
    setTimeout(() => comment.focus(), 0);
    return form;
  }

  // ---- Start -----------------------------------------------------------------------------------

  function mount() {
    document.body.append(host);
    // data-open opens it on the first page of a visit; once the citizen closes it, it stays closed.
    const state = read('sessionStorage', OPEN_KEY);
    if (state === '1' || (state == null && config.openOnLoad)) open(false);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  window.DvcAssistant = Object.freeze({
    open: () => open(true),
    close,
    newConversation: () => { if (panel.hidden) open(true); startAfresh(); },
  });
})();
