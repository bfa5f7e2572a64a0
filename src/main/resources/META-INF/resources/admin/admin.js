/*
 * The admin page. It runs under a strict Content-Security-Policy (script from this origin only, no inline
 * script): every handler is attached here. Citizens' text is untrusted, so everything shown is set with
 * textContent, never parsed as HTML. The admin token stays in sessionStorage: gone when the tab closes.
 */
(function () {
  'use strict';

  const API = '/api/v1/admin';
  const TOKEN_KEY = 'dvc-admin-token';
  const PAGE_SIZE = 20;
  const ZONE = 'Asia/Ho_Chi_Minh';
  const TYPES = { answer: 'Trả lời', clarify: 'Hỏi lại', fallback: 'Ngoài phạm vi', smalltalk: 'Chào hỏi' };
  const REASONS = { fallback: 'ngoài phạm vi', clarify: 'phải hỏi lại', thumbs_down: 'chưa hữu ích' };
  const ASPECTS = {
    overview: 'Tổng quan', eligibility: 'Đối tượng, điều kiện', documents: 'Hồ sơ', steps: 'Trình tự, cách làm',
    where: 'Nơi nộp', processing_time: 'Thời hạn giải quyết', fees: 'Phí, lệ phí', result: 'Kết quả',
    forms: 'Mẫu đơn, tờ khai', legal_basis: 'Căn cứ pháp lý'
  };

  const $ = (id) => document.getElementById(id);
  const state = { questionsPage: 0, conversationsPage: 0, question: null };

  class AdminError extends Error {
    constructor(status, body) {
      super(body && body.message ? body.message : 'Lỗi ' + status);
      this.status = status;
      this.code = body && body.error;
    }
  }

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  async function request(path, options) {
    const response = await fetch(API + path, Object.assign({
      headers: { Authorization: 'Bearer ' + token(), Accept: 'application/json' },
      cache: 'no-store'
    }, options));
    if (!response.ok) {
      let body = null;
      try { body = await response.json(); } catch (e) { /* not JSON: the status says enough */ }
      throw new AdminError(response.status, body);
    }
    return response;
  }

  async function json(path) {
    return (await request(path)).json();
  }

  function periodQuery(extra) {
    const query = new URLSearchParams();
    if ($('from').value) query.set('from', $('from').value);
    if ($('to').value) query.set('to', $('to').value);
    Object.entries(extra || {}).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== '') query.set(k, v); });
    return '?' + query.toString();
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: ZONE }) : '';
  }

  function percent(ratio) {
    return ratio === null || ratio === undefined ? '–' : (ratio * 100).toFixed(1).replace('.', ',') + ' %';
  }

  function definitions(list, pairs) {
    clear(list);
    pairs.forEach(([term, value]) => {
      list.appendChild(el('dt', term));
      list.appendChild(el('dd', value));
    });
  }

  function counts(list, rows, label) {
    clear(list);
    if (rows.length === 0) list.appendChild(el('li', 'Chưa có câu trả lời trong khoảng này.', 'hint'));
    rows.forEach((row) => {
      const item = el('li');
      item.appendChild(el('span', label(row)));
      item.appendChild(el('span', row.answers));
      list.appendChild(item);
    });
  }

  function clickableRow(cells, onOpen) {
    const row = el('tr');
    row.tabIndex = 0;
    cells.forEach((cell) => row.appendChild(el('td', cell)));
    row.addEventListener('click', () => onOpen(row));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); onOpen(row); }
    });
    return row;
  }

  function select(row) {
    row.parentNode.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
    row.classList.add('selected');
  }

  function pager(container, page, onPage) {
    clear(container);
    const last = Math.max(0, Math.ceil(page.total / page.size) - 1);
    const previous = el('button', 'Trang trước');
    previous.type = 'button';
    previous.disabled = page.page === 0;
    previous.addEventListener('click', () => onPage(page.page - 1));
    const next = el('button', 'Trang sau');
    next.type = 'button';
    next.disabled = page.page >= last;
    next.addEventListener('click', () => onPage(page.page + 1));
    container.appendChild(previous);
    container.appendChild(el('span', 'Trang ' + (page.page + 1) + '/' + (last + 1) + ' – ' + page.total + ' mục'));
    container.appendChild(next);
  }

  async function loadOverview() {
    const stats = await json('/stats' + periodQuery());
    $('from').value = stats.period.from;
    $('to').value = stats.period.to;
    const r = stats.replies;
    $('answer-rate').textContent = percent(r.answerRate);
    definitions($('by-type'), [
      ['Lượt hỏi (không tính chào hỏi)', r.questions],
      [TYPES.answer, r.byType.answer], [TYPES.clarify, r.byType.clarify],
      [TYPES.fallback, r.byType.fallback], [TYPES.smalltalk, r.byType.smalltalk]
    ]);
    $('up-ratio').textContent = percent(stats.feedback.upRatio);
    definitions($('feedback'), [['Hữu ích', stats.feedback.up], ['Chưa hữu ích', stats.feedback.down]]);
    const [procedures, aspects] = await Promise.all([json('/top/procedures' + periodQuery()), json('/top/aspects' + periodQuery())]);
    counts($('top-procedures'), procedures, (row) => row.name);
    counts($('top-aspects'), aspects, (row) => ASPECTS[row.aspect] || row.aspect);
  }

  async function loadQuestions() {
    const page = await json('/questions' + periodQuery({ sort: $('questions-sort').value, page: state.questionsPage, size: PAGE_SIZE }));
    const body = $('questions');
    clear(body);
    if (page.items.length === 0) body.appendChild(clickableRow(['Không có câu hỏi nào cần cải thiện trong khoảng này.', '', '', ''], () => {}));
    page.items.forEach((group) => {
      const reasons = group.reasons.map((r) => REASONS[r] || r).join(', ');
      body.appendChild(clickableRow([group.example, group.count, time(group.lastAskedAt), reasons], (row) => {
        select(row);
        filterByQuestion(group.key, group.example);
      }));
    });
    pager($('questions-pager'), page, (n) => { state.questionsPage = n; show(loadQuestions()); });
  }

  function filterByQuestion(key, example) {
    state.question = key;
    state.conversationsPage = 0;
    $('question-filter-text').textContent = example;
    $('question-filter').hidden = false;
    show(loadConversations().then(() => $('conversations-title').scrollIntoView()));
  }

  async function loadConversations() {
    const page = await json('/conversations' + periodQuery({
      channel: $('channel').value, type: $('type').value, question: state.question,
      page: state.conversationsPage, size: PAGE_SIZE
    }));
    const body = $('conversations');
    clear(body);
    page.items.forEach((c) => {
      body.appendChild(clickableRow([time(c.startedAt), c.channel, c.turns, c.firstMessage], (row) => {
        select(row);
        show(loadConversation(c.id));
      }));
    });
    pager($('conversations-pager'), page, (n) => { state.conversationsPage = n; show(loadConversations()); });
  }

  async function loadConversation(id) {
    const conversation = await json('/conversations/' + encodeURIComponent(id));
    $('conversation').hidden = false;
    $('conversation-meta').textContent = 'Mã ' + conversation.id + ' – kênh ' + conversation.channel + ' – từ '
      + time(conversation.startedAt) + ' đến ' + time(conversation.lastTurnAt);
    const list = $('turns');
    clear(list);
    conversation.turns.forEach((turn) => {
      const item = el('li');
      item.appendChild(el('div', turn.message, 'question'));
      item.appendChild(el('div', turn.reply, 'reply'));
      const where = turn.procedureId ? ' – ' + turn.procedureId + (turn.aspect ? ' / ' + (ASPECTS[turn.aspect] || turn.aspect) : '') : '';
      item.appendChild(el('div', time(turn.createdAt) + ' – ' + (TYPES[turn.type] || turn.type) + where
        + (turn.guideVersion ? ' – phiên bản ' + turn.guideVersion : ''), 'meta'));
      if (turn.feedback) {
        const verdict = turn.feedback.useful ? 'Đánh giá: hữu ích' : 'Đánh giá: chưa hữu ích';
        item.appendChild(el('div', verdict + (turn.feedback.comment ? ' – “' + turn.feedback.comment + '”' : ''),
          turn.feedback.useful ? 'up' : 'down'));
      }
      list.appendChild(item);
    });
    $('conversation').scrollIntoView();
  }

  async function download(path, fallbackName) {
    const response = await request(path + periodQuery(path.includes('questions') ? { sort: $('questions-sort').value } : {}),
      { headers: { Authorization: 'Bearer ' + token() } });
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename="([^"]+)"/.exec(disposition);
    const url = URL.createObjectURL(await response.blob());
    const link = el('a');
    link.href = url;
    link.download = match ? match[1] : fallbackName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function reloadKnowledgeBase() {
    const result = $('reload-result');
    result.className = '';
    result.textContent = 'Đang nạp lại…';
    try {
      const reloaded = await (await request('/knowledge-base/reload', { method: 'POST' })).json();
      result.className = 'ok';
      result.textContent = 'Đã nạp ' + reloaded.guides + ' hướng dẫn lúc ' + time(reloaded.loadedAt) + '.';
    } catch (e) {
      if (!(e instanceof AdminError) || e.status === 401 || e.status === 404) throw e;
      result.className = 'error';
      result.textContent = 'Không nạp được, nội dung cũ vẫn được dùng.\n' + e.message;
    }
  }

  /** Runs a load; a refused token sends the admin back to the login, any other error is shown. */
  function show(promise) {
    $('status').textContent = '';
    return promise.catch((e) => {
      if (e instanceof AdminError && (e.status === 401 || e.status === 404)) {
        logout(e.status === 404 ? 'Trang quản trị đang tắt: máy chủ chưa đặt ADMIN_TOKEN.' : 'Mã quản trị không đúng.');
      } else {
        $('status').textContent = e.message;
      }
    });
  }

  function loadAll() {
    state.questionsPage = 0;
    state.conversationsPage = 0;
    return show(loadOverview().then(() => Promise.all([loadQuestions(), loadConversations()])));
  }

  function login(value) {
    sessionStorage.setItem(TOKEN_KEY, value);
    $('login').hidden = true;
    $('console').hidden = false;
    $('logout').hidden = false;
    loadAll();
  }

  function logout(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    $('console').hidden = true;
    $('logout').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('token').value = '';
    $('token').focus();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', (event) => {
      event.preventDefault();
      if ($('token').value.trim()) login($('token').value.trim());
    });
    $('logout').addEventListener('click', () => logout());
    $('period-form').addEventListener('submit', (event) => { event.preventDefault(); loadAll(); });
    $('questions-sort').addEventListener('change', () => { state.questionsPage = 0; show(loadQuestions()); });
    $('channel').addEventListener('change', () => { state.conversationsPage = 0; show(loadConversations()); });
    $('type').addEventListener('change', () => { state.conversationsPage = 0; show(loadConversations()); });
    $('clear-question').addEventListener('click', () => {
      state.question = null;
      state.conversationsPage = 0;
      $('question-filter').hidden = true;
      show(loadConversations());
    });
    $('download-conversations').addEventListener('click', () => show(download('/export/conversations.csv', 'hoi-thoai.csv')));
    $('download-questions').addEventListener('click', () => show(download('/export/questions.csv', 'cau-hoi.csv')));
    $('reload').addEventListener('click', () => show(reloadKnowledgeBase()));
    if (token()) login(token());
  });
}());
