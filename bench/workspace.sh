#!/usr/bin/env bash
# Issue 15: the start page's task list and the inbox under 20 concurrent clients (demo data, the admin's API token:
# every TaskSource asked per request, the inbox read and counted). Usage: bench/workspace.sh
source "$(dirname "$0")/common.sh"
build
start_app
auth="Authorization: Bearer $LIBPARTNERS_ADMIN_TOKEN"
echo "GET /api/v1/me/tasks (admin: every practice in review, the programme at a glance), 20 clients:"
load --clients 20 --warmup 500 --requests 5000 --header "$auth" --url "http://localhost:$PORT/api/v1/me/tasks"
echo "GET /api/v1/notifications (first page, counted), 20 clients:"
load --clients 20 --warmup 500 --requests 5000 --header "$auth" --url "http://localhost:$PORT/api/v1/notifications"
echo "GET /api/v1/notifications/unread-count, 20 clients:"
load --clients 20 --warmup 500 --requests 5000 --header "$auth" \
  --url "http://localhost:$PORT/api/v1/notifications/unread-count"
kill $APP_PID; wait $APP_PID 2>/dev/null || true
