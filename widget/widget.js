/*
 * Trợ lý thủ tục hành chính: the chat widget for portal websites.
 *
 *   <script src="https://ASSISTANT_HOST/widget.js" defer></script>
 *
 * Optional attributes on that tag: data-title, data-greeting, data-primary-color, data-position
 * (bottom-right | bottom-left), data-api-base (default: this script's origin), data-retention (default:
 * the retention the server states at /api/v1/privacy).
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
    greeting: 'Xin chào! Tôi hướng dẫn anh/chị làm thủ tục hành chính: hồ sơ cần chuẩn bị, nơi nộp, ' +
      'lệ phí, thời gian giải quyết. Anh/chị cần hỏi gì?',
    open: 'Mở trợ lý',
    close: 'Đóng trợ lý',
    newConversation: 'Cuộc trò chuyện mới',
    conversation: 'Nội dung trò chuyện',
    inputLabel: 'Câu hỏi của anh/chị',
    placeholder: 'Nhập câu hỏi...',
    send: 'Gửi',
    you: 'Anh/chị: ',
    assistant: 'Trợ lý: ',
    typing: 'Đang trả lời...',
    loading: 'Đang tải cuộc trò chuyện...',
    sources: 'Nguồn',
    newTab: ' (mở trong thẻ mới)',
    suggestions: 'Gợi ý câu hỏi',
    rateQuestion: 'Câu trả lời có hữu ích không?',
    useful: 'Hữu ích',
    notUseful: 'Không hữu ích',
    commentLabel: 'Góp ý thêm (không bắt buộc)',
    sendFeedback: 'Gửi góp ý',
    thanks: 'Cảm ơn anh/chị đã góp ý.',
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
  const URL_IN_TEXT = /https?:\/\/[^\s<>"')]+/g;

  const ICONS = {
    chat: 'M6 4h12a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-5 4v-4H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
    close: 'M6 6l12 12M18 6L6 18',
    plus: 'M12 5v14M5 12h14',
    thumb: 'M7 11v9H4v-9h3zm0 0l4-7c1.3 0 2.3 1 2 2.4L12.5 10H18a2 2 0 0 1 2 2.3l-1.2 6A2 2 0 0 1 16.8 20H7',
  };

  const STYLE = `
:host{all:initial!important;display:block!important;position:static!important}
.root{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2937;
  --p:${DEFAULT_COLOR};-webkit-text-size-adjust:100%}
*,*::before,*::after{box-sizing:border-box}
button,input{font:inherit;color:inherit;margin:0}
button{cursor:pointer}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.i{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:60px;height:60px;border:0;border-radius:50%;
  background:var(--p);color:#fff;display:flex;align-items:center;justify-content:center;
  box-shadow:0 4px 14px rgba(0,0,0,.3)}
.launcher .i{width:28px;height:28px}
.left .launcher{left:20px;right:auto}
.panel{position:fixed;right:20px;bottom:92px;z-index:2147483000;width:380px;max-width:calc(100vw - 40px);
  height:600px;max-height:calc(100vh - 112px);display:flex;flex-direction:column;background:#fff;
  border-radius:12px;overflow:hidden;box-shadow:0 10px 40px rgba(0,0,0,.3);animation:dvc-in .18s ease-out}
.left .panel{left:20px;right:auto}
.panel[hidden]{display:none}
@keyframes dvc-in{from{opacity:0;transform:translateY(10px)}}
.head{display:flex;align-items:center;gap:4px;padding:10px 8px 10px 16px;background:var(--p);color:#fff}
.title{flex:1;margin:0;font-size:16px;font-weight:600;line-height:1.3}
.icon-button{width:40px;height:40px;border:0;border-radius:8px;background:transparent;color:inherit;
  display:flex;align-items:center;justify-content:center}
.icon-button:hover{background:rgba(255,255,255,.18)}
.log{position:relative;flex:1;overflow-y:auto;padding:14px 12px;background:#f7f8fa;overscroll-behavior:contain}
.msg{display:flex;flex-direction:column;margin:0 0 12px}
.user{align-items:flex-end}
.bubble{max-width:88%;padding:9px 12px;border-radius:14px;overflow-wrap:anywhere}
.user .bubble{background:var(--p);color:#fff;border-bottom-right-radius:4px;white-space:pre-wrap}
.bot .bubble{background:#fff;border:1px solid #e3e6ea;border-bottom-left-radius:4px}
.bubble p{margin:0 0 6px}
.bubble p:last-child{margin-bottom:0}
.bubble ul,.bubble ol{margin:4px 0 8px;padding-left:22px}
.bubble li{margin:2px 0}
.bubble a{color:var(--p);text-decoration:underline}
.sources{margin-top:8px;padding-top:6px;border-top:1px solid #e3e6ea;font-size:13px}
.sources ul{margin:2px 0 0}
.error .bubble{background:#fff4f4;border-color:#f3c4c4}
.retry,.feedback-send{margin-top:8px;padding:6px 14px;border:1px solid var(--p);border-radius:16px;background:var(--p);color:#fff}
.feedback{display:flex;align-items:center;flex-wrap:wrap;gap:4px;margin-top:4px;font-size:13px;color:#4b5563}
.rate{width:36px;height:36px;border:1px solid #d1d5db;border-radius:50%;background:#fff;color:#374151;
  display:flex;align-items:center;justify-content:center}
.rate .i{width:18px;height:18px}
.rate:hover{border-color:var(--p);color:var(--p)}
.down .i{transform:rotate(180deg)}
.comment{display:flex;gap:6px;align-items:center;width:100%}
.comment input{flex:1;min-width:0;padding:6px 10px;border:1px solid #9ca3af;border-radius:16px;background:#fff}
.comment .feedback-send{margin:0}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px}
.chip{padding:6px 12px;border:1px solid var(--p);border-radius:16px;background:#fff;color:var(--p);text-align:left}
.chip:hover{background:#eef4fb}
.chip:disabled,.send:disabled{opacity:.55;cursor:default}
.dots{display:inline-flex;gap:4px;padding:4px 0}
.dots i{width:7px;height:7px;border-radius:50%;background:#9ca3af;animation:dvc-blink 1.2s infinite ease-in-out}
.dots i:nth-child(2){animation-delay:.2s}
.dots i:nth-child(3){animation-delay:.4s}
@keyframes dvc-blink{0%,80%,100%{opacity:.3}40%{opacity:1}}
.composer{display:flex;gap:8px;padding:10px 12px 6px;border-top:1px solid #e3e6ea;background:#fff}
.input{flex:1;min-width:0;padding:10px 14px;border:1px solid #9ca3af;border-radius:20px;background:#fff;font-size:16px}
.send{padding:0 18px;border:0;border-radius:20px;background:var(--p);color:#fff;font-weight:600}
.notice{margin:0;padding:0 12px 8px;background:#fff;font-size:12px;color:#4b5563}
@media (max-width:480px){
  .panel,.left .panel{left:0;right:0;top:0;bottom:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}
  .open .launcher{display:none}
}
@media (prefers-reduced-motion:reduce){
  .panel,.dots i{animation:none}
}`;

  const script = document.currentScript ||
    Array.from(document.querySelectorAll('script[src]')).find((s) => /\/widget\.js([?#]|$)/.test(s.src));
  const data = (script && script.dataset) || {};

  const config = {
    title: data.title || TEXT.title,
    greeting: data.greeting || TEXT.greeting,
    color: data.primaryColor && CSS.supports('color', data.primaryColor) ? data.primaryColor : DEFAULT_COLOR,
    left: /left/.test(data.position || ''),
    apiBase: apiBase(),
    retention: data.retention || DEFAULT_RETENTION,
  };

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
      });
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
    onkeydown: (event) => { if (event.key === 'Escape' && !panel.hidden) close(); },
  });
  root.style.setProperty('--p', config.color);

  const launcher = el('button', {
    type: 'button', class: 'launcher', 'aria-label': TEXT.open, title: TEXT.open,
    'aria-expanded': 'false', 'aria-controls': 'dvc-panel', onclick: () => (panel.hidden ? open(true) : close()),
  }, icon(ICONS.chat));
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
  el('div', { class: 'head' }, el('h2', { id: 'dvc-title', class: 'title' }, config.title), newButton, closeButton),
  log,
  composer,
  notice);

  root.append(launcher, panel);
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
    launcher.replaceChildren(icon(ICONS.close));
    write('sessionStorage', OPEN_KEY, '1');
    if (!started) {
      started = true;
      const id = conversationId();
      greet();
      if (id) loadHistory(id);
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
    launcher.replaceChildren(icon(ICONS.chat));
    write('sessionStorage', OPEN_KEY, null);
    launcher.focus();
  }

  function startAfresh() {
    epoch++; // replies still on their way belong to the old conversation
    setBusy(false);
    write('localStorage', CONVERSATION_KEY, null);
    log.replaceChildren();
    greet();
    input.focus();
  }

  // ---- Messages --------------------------------------------------------------------------------

  function greet() {
    log.append(el('div', { class: 'msg bot' }, el('div', { class: 'bubble' }, el('p', {}, config.greeting))));
  }

  function showCitizen(text) {
    const message = el('div', { class: 'msg user' }, el('span', { class: 'sr' }, TEXT.you), el('div', { class: 'bubble' }, text));
    log.append(message);
    log.scrollTop = log.scrollHeight;
  }

  function showReply(reply, latest) {
    const bubble = el('div', { class: 'bubble' }, el('span', { class: 'sr' }, TEXT.assistant), formatted(reply.text || ''));
    if (Array.isArray(reply.sources) && reply.sources.length) bubble.append(sourceList(reply.sources));
    const message = el('div', { class: 'msg bot' }, bubble);
    if (reply.type === 'answer' && Number.isInteger(reply.turn)) message.append(feedbackRow(reply.turn));
    log.append(message);
    if (latest && Array.isArray(reply.quickReplies) && reply.quickReplies.length) {
      log.append(el('div', { class: 'chips', role: 'group', 'aria-label': TEXT.suggestions },
        ...reply.quickReplies.map((text) => el('button', { type: 'button', class: 'chip', onclick: () => { input.focus(); ask(text, true); } }, text))));
    }
    // Show the question and the start of a long answer, not the answer's end.
    const question = message.previousElementSibling;
    log.scrollTop = (question && question.classList.contains('user') ? question : message).offsetTop - 8;
  }

  // Reply text is plain text: lines starting "- " become a list, "1. " a numbered one, URLs links.
  function formatted(text) {
    const fragment = document.createDocumentFragment();
    let list = null;
    for (const raw of String(text).split('\n')) {
      const line = raw.trim();
      const item = /^(?:[-•]\s+|(\d+)[.)]\s+)(.*)$/.exec(line);
      if (item) {
        const tag = item[1] ? 'OL' : 'UL';
        if (!list || list.tagName !== tag) {
          list = el(tag.toLowerCase(), item[1] && item[1] !== '1' ? { start: item[1] } : {});
          fragment.append(list);
        }
        list.append(withLinks(el('li'), item[2]));
      } else {
        list = null;
        if (line) fragment.append(withLinks(el('p'), line));
      }
    }
    return fragment;
  }

  function withLinks(node, text) {
    let from = 0;
    for (const match of text.matchAll(URL_IN_TEXT)) {
      const url = match[0].replace(/[.,;:!?]+$/, '');
      node.append(text.slice(from, match.index), link(url, url));
      from = match.index + url.length;
    }
    node.append(text.slice(from));
    return node;
  }

  // Only web addresses become links: a javascript: or data: URL from anywhere stays plain text.
  function link(href, label) {
    let url;
    try { url = new URL(href); } catch (e) { return document.createTextNode(label); }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return document.createTextNode(label);
    return el('a', { href: url.href, target: '_blank', rel: 'noopener' }, label, el('span', { class: 'sr' }, TEXT.newTab));
  }

  function sourceList(sources) {
    return el('div', { class: 'sources' }, TEXT.sources + ':',
      el('ul', {}, ...sources.map((s) => el('li', {}, link(String(s.url || ''), String(s.title || s.url || ''))))));
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
        showCitizen(turn.message);
        showReply(turn, i === turns.length - 1);
      });
    } else {
      write('localStorage', CONVERSATION_KEY, null); // unknown or expired: the next question starts afresh
    }
  }

  // ---- Feedback, once per answer ---------------------------------------------------------------

  function feedbackRow(turn) {
    const row = el('div', { class: 'feedback' }, TEXT.rateQuestion);
    const up = el('button', { type: 'button', class: 'rate', 'aria-label': TEXT.useful, title: TEXT.useful },
      icon(ICONS.thumb));
    const down = el('button', { type: 'button', class: 'rate down', 'aria-label': TEXT.notUseful, title: TEXT.notUseful },
      icon(ICONS.thumb));
    up.addEventListener('click', () => rate(row, turn, true, null));
    down.addEventListener('click', () => askWhy(row, turn));
    row.append(up, down);
    return row;
  }

  function askWhy(row, turn) {
    const comment = el('input', {
      type: 'text', 'aria-label': TEXT.commentLabel, placeholder: TEXT.commentLabel, maxlength: String(MAX_COMMENT),
    });
    const form = el('form', { class: 'comment' }, comment, el('button', { type: 'submit', class: 'feedback-send' }, TEXT.sendFeedback));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      rate(row, turn, false, comment.value.trim() || null);
    });
    row.replaceChildren(form);
    comment.focus();
  }

  async function rate(row, turn, useful, comment) {
    row.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const result = await request('/api/v1/feedback', { conversationId: conversationId(), turn, useful, comment });
      // 409: this answer was already rated (say, before a reload); the citizen's opinion is on record.
      if (result.status !== 201 && result.status !== 409) throw new Error('feedback refused ' + result.status);
      row.replaceChildren(el('p', { role: 'status' }, TEXT.thanks));
      input.focus();
    } catch (e) {
      row.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      if (!row.querySelector('.feedback-error')) row.append(el('span', { class: 'feedback-error', role: 'alert' }, TEXT.feedbackFailed));
    }
  }

  // ---- Start -----------------------------------------------------------------------------------

  function mount() {
    document.body.append(host);
    if (read('sessionStorage', OPEN_KEY)) open(false);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  window.DvcAssistant = Object.freeze({
    open: () => open(true),
    close,
    newConversation: () => { if (panel.hidden) open(true); startAfresh(); },
  });
})();
