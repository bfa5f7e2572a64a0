/*
 * The admin page's login, statistics and questions to improve (admin-core.js has the shared parts, conversations.js
 * the conversations, trends.js the chart, channels.js the channels' health, curation.js the guide editor and the
 * assignment of questions, answers.js the answers to check). Every handler is attached in a script: the page runs
 * under a strict Content-Security-Policy. Staff log in with their account; the session is an HttpOnly cookie.
 */
(function () {
  'use strict';

  const { ASPECTS, AdminError, request, json, $, el, button, clear, time, percent, periodQuery, clickableRow, select, pager } = window.DvcAdmin;
  const PAGE_SIZE = 20;
  const TYPES = { answer: 'Trả lời', clarify: 'Hỏi lại', fallback: 'Ngoài phạm vi', smalltalk: 'Chào hỏi' };
  const REASONS = { fallback: 'ngoài phạm vi', clarify: 'phải hỏi lại', thumbs_down: 'chưa hữu ích' };
  const STATUSES = { open: 'Chưa xử lý', assigned: 'Đã gán', out_of_scope: 'Ngoài phạm vi (đúng)', resolved: 'Đã xử lý' };
  const ROLES = { viewer: 'xem', editor: 'biên tập', admin: 'quản trị' };

  const state = { questionsPage: 0 };

  function definitions(list, pairs) {
    clear(list);
    pairs.forEach(([term, value]) => {
      list.appendChild(el('dt', term));
      list.appendChild(el('dd', value));
    });
  }

  /** A ranked list of counts; with {@code onOpen}, each line is a button that opens what it counts. */
  function counts(list, rows, label, onOpen) {
    clear(list);
    if (rows.length === 0) list.appendChild(el('li', 'Chưa có câu trả lời trong khoảng này.', 'hint'));
    rows.forEach((row) => {
      const item = el('li');
      item.appendChild(onOpen ? button(label(row), () => onOpen(row), 'link') : el('span', label(row)));
      item.appendChild(el('span', row.answers));
      list.appendChild(item);
    });
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
    counts($('top-procedures'), procedures, (row) => row.name, (row) => filterConversations({ procedure: row.procedureId }, row.name));
    counts($('top-aspects'), aspects, (row) => ASPECTS[row.aspect] || row.aspect);
  }

  async function loadQuestions() {
    const page = await json('/questions' + periodQuery({ sort: $('questions-sort').value, page: state.questionsPage, size: PAGE_SIZE }));
    const body = $('questions');
    clear(body);
    if (page.items.length === 0) body.appendChild(clickableRow(['Không có câu hỏi nào cần cải thiện trong khoảng này.', '', '', '', '', ''], () => {}));
    page.items.forEach((group) => {
      const reasons = group.reasons.map((r) => REASONS[r] || r).join(', ');
      const status = (STATUSES[group.status] || group.status) + (group.assignedTo ? ': ' + group.assignedTo : '');
      const row = clickableRow([group.example, group.count, time(group.lastAskedAt), reasons, status, ''], (r) => {
        select(r);
        filterConversations({ question: group.key }, group.example);
      });
      const actions = row.lastChild;
      actions.className = 'actions edit-only';
      actions.appendChild(button('Gán thủ tục…', () => document.dispatchEvent(new CustomEvent('dvc-assign', { detail: group }))));
      actions.appendChild(button('Ngoài phạm vi', () => show(setStatus(group.example, 'out_of_scope'))));
      actions.appendChild(button('Đã xử lý', () => show(setStatus(group.example, 'resolved'))));
      body.appendChild(row);
    });
    pager($('questions-pager'), page, (n) => { state.questionsPage = n; show(loadQuestions()); });
  }

  async function setStatus(question, status) {
    await json('/questions/status', { method: 'POST', json: { question, status } });
    await loadQuestions();
  }

  /** Lists the conversations of a question group or a procedure (conversations.js). */
  function filterConversations(filter, label) {
    document.dispatchEvent(new CustomEvent('dvc-filter-conversations', { detail: { filter, label } }));
  }

  async function download(path, fallbackName) {
    const response = await request(path + periodQuery(path.includes('questions') ? { sort: $('questions-sort').value } : {}));
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
      const reloaded = await json('/knowledge-base/reload', { method: 'POST' });
      result.className = 'ok';
      result.textContent = 'Đã nạp ' + reloaded.guides + ' hướng dẫn lúc ' + time(reloaded.loadedAt) + '.';
    } catch (e) {
      if (!(e instanceof AdminError) || e.status === 401 || e.status === 403 || e.status === 404) throw e;
      result.className = 'error';
      result.textContent = 'Không nạp được, nội dung cũ vẫn được dùng.\n' + e.message;
    }
  }

  /** Runs a load; a lost session sends the page back to the login, any other error is shown. */
  function show(promise) {
    $('status').textContent = '';
    return promise.catch((e) => {
      if (e instanceof AdminError && (e.status === 401 || e.status === 404)) {
        loggedOut(e.status === 404 ? 'Trang quản trị đang tắt: máy chủ chưa đặt ADMIN_TOKEN.' : 'Phiên đăng nhập đã hết, vui lòng đăng nhập lại.');
      } else {
        $('status').textContent = e.message;
      }
    });
  }

  /** Everything of the period; the other scripts load their parts on dvc-period-changed. */
  function loadAll() {
    state.questionsPage = 0;
    return show(loadOverview().then(() => {
      document.dispatchEvent(new CustomEvent('dvc-period-changed'));
      return Promise.all([loadQuestions(), loadReview()]);
    }));
  }

  /** The guides and the province profile due for a check against the law. */
  async function loadReview() {
    const review = await json('/knowledge-base/review');
    const list = $('review');
    clear(list);
    if (!review.warnings.length) {
      list.append(el('li', 'Mọi hướng dẫn và hồ sơ tỉnh, thành phố đã được kiểm tra trong ' + review.maxAgeDays + ' ngày qua.', 'ok'));
    }
    for (const warning of review.warnings) {
      const item = el('li', null, 'warning');
      item.append(el('strong', warning.subject), document.createTextNode(' (' + warning.file + '): ' + warning.message));
      list.append(item);
    }
  }

  /** Shows the console for the staff member of the session, within their role. */
  function enter(session) {
    $('login').hidden = true;
    $('console').hidden = false;
    $('logout').hidden = false;
    $('who').textContent = session.displayName + ' (' + (ROLES[session.role] || session.role) + ')';
    document.body.classList.toggle('viewer', session.role === 'viewer');
    document.dispatchEvent(new CustomEvent('dvc-admin-entered', { detail: session }));
    loadAll();
  }

  async function login(username, password) {
    $('login-error').textContent = '';
    try {
      enter(await json('/session', { method: 'POST', json: { username, password } }));
    } catch (e) {
      $('login-error').textContent = e instanceof AdminError && e.status === 404
        ? 'Trang quản trị đang tắt: máy chủ chưa đặt ADMIN_TOKEN.' : e.message;
    }
  }

  function loggedOut(message) {
    $('console').hidden = true;
    $('logout').hidden = true;
    $('who').textContent = '';
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('password').value = '';
    $('username').focus();
  }

  async function logout() {
    try { await request('/session', { method: 'DELETE' }); } catch (e) { /* the session is over either way */ }
    loggedOut();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', (event) => {
      event.preventDefault();
      login($('username').value.trim(), $('password').value);
    });
    $('logout').addEventListener('click', () => logout());
    document.addEventListener('dvc-admin-logged-out', () => loggedOut('Phiên đăng nhập đã hết, vui lòng đăng nhập lại.'));
    document.addEventListener('dvc-questions-changed', () => show(loadQuestions()));
    document.addEventListener('dvc-admin-error', (event) => show(Promise.reject(event.detail)));
    $('period-form').addEventListener('submit', (event) => { event.preventDefault(); loadAll(); });
    $('questions-sort').addEventListener('change', () => { state.questionsPage = 0; show(loadQuestions()); });
    $('download-conversations').addEventListener('click', () => show(download('/export/conversations.csv', 'hoi-thoai.csv')));
    $('download-questions').addEventListener('click', () => show(download('/export/questions.csv', 'cau-hoi.csv')));
    $('reload').addEventListener('click', () => show(reloadKnowledgeBase()));
    json('/session').then(enter, () => loggedOut());
  });
}());
