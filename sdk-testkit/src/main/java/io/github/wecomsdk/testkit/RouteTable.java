package io.github.wecomsdk.testkit;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** The fake's route table: every path it serves, registered from the families that answer them. */
final class RouteTable {

    private final Map<String, FakeRoute> routes = new TreeMap<>();
    private final FakeParts parts;

    RouteTable(
            Tokens tokens,
            Directory directory,
            Messaging messaging,
            AppChats appChats,
            MediaStore media,
            FakeParts parts,
            FakeAuth auth,
            FakeApps apps,
            FakeExternalPay externalPay) {
        this.parts = parts;
        routes.put("/cgi-bin/gettoken", new FakeRoute("GET", false, (request, app) -> tokens.gettoken(request)));

        route("POST", "/cgi-bin/department/create", directory.departments()::createDepartment);
        route("POST", "/cgi-bin/department/update", directory.departments()::updateDepartment);
        route("GET", "/cgi-bin/department/delete", directory.departments()::deleteDepartment);
        route("GET", "/cgi-bin/department/list", directory.departments()::listDepartments);
        route("GET", "/cgi-bin/department/simplelist", directory.departments()::simpleListDepartments);
        route("GET", "/cgi-bin/department/get", directory.departments()::getDepartment);

        route("POST", "/cgi-bin/user/create", directory::createUser);
        route("GET", "/cgi-bin/user/get", directory::getUser);
        route("POST", "/cgi-bin/user/update", directory::updateUser);
        route("GET", "/cgi-bin/user/delete", directory::deleteUser);
        route("POST", "/cgi-bin/user/batchdelete", directory::batchDeleteUsers);
        route("GET", "/cgi-bin/user/simplelist", directory::simpleListUsers);
        route("GET", "/cgi-bin/user/list", directory::listUsers);
        route("POST", "/cgi-bin/user/list_id", directory::listUserIds);

        route("POST", "/cgi-bin/tag/create", directory.tags()::createTag);
        route("POST", "/cgi-bin/tag/update", directory.tags()::updateTag);
        route("GET", "/cgi-bin/tag/delete", directory.tags()::deleteTag);
        route("GET", "/cgi-bin/tag/get", directory.tags()::getTag);
        route("POST", "/cgi-bin/tag/addtagusers", directory.tags()::addTagUsers);
        route("POST", "/cgi-bin/tag/deltagusers", directory.tags()::deleteTagUsers);
        route("GET", "/cgi-bin/tag/list", directory.tags()::listTags);

        routes.put(
                "/cgi-bin/message/send",
                new FakeRoute("POST", true, (request, app) -> messaging.send(request, app, tokens)));
        routes.put("/cgi-bin/message/recall", new FakeRoute("POST", true, messaging::recall));
        routes.put("/cgi-bin/appchat/create", new FakeRoute("POST", true, appChats::create));
        routes.put("/cgi-bin/appchat/update", new FakeRoute("POST", true, appChats::update));
        routes.put("/cgi-bin/appchat/get", new FakeRoute("GET", true, appChats::get));
        routes.put("/cgi-bin/appchat/send", new FakeRoute("POST", true, appChats::send));

        route("POST", "/cgi-bin/media/upload", media::upload);
        route("GET", "/cgi-bin/media/get", media::get);

        routes.put(
                "/cgi-bin/webhook/send",
                new FakeRoute(
                        "POST",
                        false,
                        (request, app) -> messaging.webhookSend(request, messaging.webhookKey(request))));
        routes.put("/cgi-bin/webhook/upload_media", new FakeRoute("POST", false, (request, app) -> {
            messaging.webhookKey(request);
            return media.uploadForWebhook(request);
        }));

        routes.putAll(parts.routes());

        routes.put(FakeAuth.AUTHORIZE_PATH, new FakeRoute("GET", false, (request, app) -> auth.authorize(request)));
        routes.put(FakeAuth.WEB_LOGIN_PATH, new FakeRoute("GET", false, (request, app) -> auth.webLogin(request)));
        routes.put("/cgi-bin/auth/getuserinfo", new FakeRoute("GET", true, auth::getUserInfo));
        route("POST", "/cgi-bin/auth/getuserdetail", auth::getUserDetail);
        route("GET", "/cgi-bin/miniprogram/jscode2session", auth::jsCodeToSession);
        routes.put("/cgi-bin/get_jsapi_ticket", new FakeRoute("GET", true, auth::corpTicket));
        routes.put("/cgi-bin/ticket/get", new FakeRoute("GET", true, auth::agentTicket));
        route("POST", "/cgi-bin/auth/get_tfa_info", auth::getTfaInfo);
        route("POST", "/cgi-bin/user/tfa_succ", auth::tfaSucc);
        route("GET", "/cgi-bin/user/authsucc", auth::authSucc);

        routes.put("/cgi-bin/agent/get", new FakeRoute("GET", true, apps::getAgent));
        routes.put("/cgi-bin/agent/list", new FakeRoute("GET", true, apps::listAgents));
        routes.put("/cgi-bin/agent/set", new FakeRoute("POST", true, apps::setAgent));
        routes.put("/cgi-bin/menu/create", new FakeRoute("POST", true, apps::createMenu));
        routes.put("/cgi-bin/menu/get", new FakeRoute("GET", true, apps::getMenu));
        routes.put("/cgi-bin/menu/delete", new FakeRoute("GET", true, apps::deleteMenu));
        routes.put("/cgi-bin/agent/set_workbench_template", new FakeRoute("POST", true, apps::setTemplate));
        routes.put("/cgi-bin/agent/get_workbench_template", new FakeRoute("POST", true, apps::getTemplate));
        routes.put("/cgi-bin/agent/set_workbench_data", new FakeRoute("POST", true, apps::setData));
        routes.put("/cgi-bin/agent/batch_set_workbench_data", new FakeRoute("POST", true, apps::batchSetData));
        routes.put("/cgi-bin/agent/get_workbench_data", new FakeRoute("POST", true, apps::getData));

        route("POST", FakeExternalPay.BILL_LIST, externalPay::billList);
        route("POST", FakeExternalPay.PAYMENT_INFO, externalPay::paymentInfo);
        route("POST", FakeExternalPay.FUND_FLOW, externalPay::fundFlow);
        route("POST", FakeExternalPay.GET_MERCHANT, externalPay::getMerchant);
        route("POST", FakeExternalPay.SET_SCOPE, externalPay::setUseScope);
    }

    /** A route that needs a token and ignores its app, emitting the change_contact events of its path. */
    private void route(String method, String path, Function<FakeRequest, Reply> handler) {
        Function<FakeRequest, Reply> withEvents = parts.withEvents(path, handler);
        routes.put(path, new FakeRoute(method, true, (request, app) -> withEvents.apply(request)));
    }

    /** The route of a path, or {@code null}. */
    FakeRoute find(String path) {
        return routes.get(path);
    }

    /** Every path served, sorted. */
    Set<String> paths() {
        return new TreeSet<>(routes.keySet());
    }
}
